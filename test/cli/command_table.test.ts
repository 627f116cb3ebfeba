import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandNamed } from '../../src/cli/commandTable.ts';

describe('the command table `switchboard --help` lists without loading the commands', () => {
  for (const [name, { summary, load }] of Object.entries(COMMANDS)) {
    it(`${name}: the summary is the description the command registers`, async () => {
      const program = new Command('switchboard');
      (await load())(program);
      const command = program.commands.find((c) => c.name() === name);
      expect(command?.description()).toBe(summary);
    });
  }

  it('finds the command a line names, past options and `help`', () => {
    expect(commandNamed(['chat', '--graph', 'support'])).toBe('chat');
    expect(commandNamed(['--no-color', 'serve'])).toBe('serve');
    expect(commandNamed(['help', 'eval'])).toBe('eval');
    expect(commandNamed(['--help'])).toBeUndefined();
    expect(commandNamed(['bogus'])).toBeUndefined();
    expect(commandNamed(['constructor'])).toBeUndefined();
  });
});
