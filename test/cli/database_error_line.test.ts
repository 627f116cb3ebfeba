import { describe, expect, it } from 'vitest';
import { databaseReason } from '../../src/cli/output.ts';

describe('a database failure on the command line', () => {
  it("shows the database's own reason and the statement, never the parameters", () => {
    const cause = new Error('no schema has been selected to create in');
    const error = new Error(
      'Failed query: insert into items (conversation_id, item) values ($1, $2)\nparams: c1,{"text":"my card is 4111 1111 1111 1111"}',
      { cause },
    );
    const line = databaseReason(error);
    expect(line).toBe(
      'database error: no schema has been selected to create in (while running: insert into items (conversation_id, item) values ($1, $2))',
    );
    expect(line).not.toContain('4111');
  });

  it('leaves any other error to its own message', () => {
    expect(databaseReason(new Error('conversation nope not found'))).toBeNull();
    expect(databaseReason(new Error('Failed query: select 1'))).toBeNull(); // no cause: nothing better to say
  });
});
