import { describe, expect, it } from 'vitest';
import { bundledCommands, runsBundled } from '../../src/cli/bundledCli.ts';

// Which command lines the bin runs from the one-file bundle (dist/bundle/cli.mjs) and which from the
// compiled modules: the bundle's copies of Switchboard and zod must never meet a user's graph module.
describe('the command lines the bundled CLI runs', () => {
  it('runs the short commands on templates from the bundle', () => {
    expect(runsBundled(['chat', '--graph', 'support', '--message', 'hi', '--json'])).toBe(true);
    expect(runsBundled(['chat', '--message', 'hi'])).toBe(true);
    expect(runsBundled(['graph', '--graph=real-estate'])).toBe(true);
    expect(runsBundled(['conversations', 'list'])).toBe(true);
    expect(runsBundled(['help', 'chat'])).toBe(true);
  });

  it('leaves a graph module of the user to the compiled modules, however it is given', () => {
    expect(runsBundled(['chat', '--graph', './desk.ts', '--message', 'hi'])).toBe(false);
    expect(runsBundled(['chat', '--graph=./desk.ts', '--message', 'hi'])).toBe(false);
    expect(runsBundled(['chat', '--graph', 'graphs/desk', '--message', 'hi'])).toBe(false);
    expect(runsBundled(['chat', '--graph', 'desk.mjs'])).toBe(false);
    expect(runsBundled(['router', 'train', '--graph', 'C:\\work\\desk.js'])).toBe(false);
  });

  it('leaves the long-running commands and the command list to the compiled modules', () => {
    expect(runsBundled(['serve', '--graph', 'support'])).toBe(false);
    expect(runsBundled(['eval', 'routing'])).toBe(false);
    expect(runsBundled(['call', '--graph', 'support'])).toBe(false);
    expect(runsBundled(['--help'])).toBe(false);
    expect(runsBundled([])).toBe(false);
    expect(runsBundled(['no-such-command'])).toBe(false);
  });

  it('bundles chat and the other short commands, not the server, evals or calls', () => {
    expect(bundledCommands()).toEqual(expect.arrayContaining(['chat', 'graph', 'conversations', 'init']));
    for (const name of ['serve', 'eval', 'call']) expect(bundledCommands()).not.toContain(name);
  });
});
