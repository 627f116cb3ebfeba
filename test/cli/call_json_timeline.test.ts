import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { callCli } from '../support/cli/callCli.ts';

const cli = callCli();
afterAll(() => cli.cleanup());

/** Issue #18 §3: `switchboard call --json` was refused ("unknown option"); it prints the timeline on stdout. */
describe('switchboard call --json', () => {
  it('prints the call timeline as JSON on stdout, and only that', async () => {
    const { stdout } = await cli.run('support', 'I was charged twice on invoice INV-2041', ['--json']);
    const printed = JSON.parse(stdout);
    expect(printed).toEqual(JSON.parse(readFileSync(cli.timelineFile, 'utf8')));
    expect(printed).toMatchObject({
      graph: 'support',
      status: 'ended',
      realtime: 'local double (offline model)',
    });
    expect(printed.transfers).toEqual([]);
    expect(printed.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(printed.turns).toHaveLength(1);
    expect(printed.turns[0]).toMatchObject({
      turn: 1,
      agent: 'Billing',
      said: 'I was charged twice on invoice INV-2041',
    });
    expect(printed.turns[0].handoffs.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'Triage>Billing',
    ]);
  }, 150_000);
});
