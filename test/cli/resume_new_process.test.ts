import { afterAll, describe, expect, it } from 'vitest';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';

const { cli, cleanup } = cliOnFreshDataDir('sb-resume-');
afterAll(cleanup);

describe('a conversation resumes in a new process', () => {
  it('keeps the active agent, the context and the history across processes', async () => {
    const first = await cli(
      'chat',
      '--graph',
      'support',
      '--message',
      'I need a copy of invoice INV-2041',
      '--json',
    );
    expect(first.code, first.stderr).toBe(0);
    const turn1 = JSON.parse(first.stdout);
    expect(turn1.agent).toBe('Billing');
    expect(turn1.handoffs[0]).toMatchObject({ from: 'Triage', to: 'Billing', kind: 'handoff' });

    // A second process: no handoff needed, Billing continues and already knows the invoice.
    const second = await cli(
      'chat',
      '--conversation',
      turn1.conversationId,
      '--message',
      'can you refund it?',
      '--json',
    );
    expect(second.code, second.stderr).toBe(0);
    const turn2 = JSON.parse(second.stdout);
    expect(turn2.conversationId).toBe(turn1.conversationId);
    expect(turn2.agent).toBe('Billing');
    expect(turn2.handoffs).toEqual([]);

    const shown = await cli('conversations', 'show', turn1.conversationId, '--json');
    const detail = JSON.parse(shown.stdout);
    expect(detail.conversation.activeAgent).toBe('Billing');
    expect(detail.conversation.context.invoiceId).toBe('INV-2041');
    expect(detail.items.filter((i: any) => i.item.role === 'user').map((i: any) => i.item.content)).toEqual([
      'I need a copy of invoice INV-2041',
      'can you refund it?',
    ]);
  }, 120_000);

  it('bad arguments give one error line and a non-zero exit', async () => {
    const unknownGraph = await cli('chat', '--graph', 'nope', '--message', 'hi');
    expect(unknownGraph.code).not.toBe(0);
    expect(unknownGraph.stderr.trim()).toBe(
      'switchboard: unknown graph "nope": use a template (support, salon, real-estate, healthcare, after-hours) or a path to a graph module',
    );
    const badModel = await cli('chat', '--model', 'gpt-4', '--message', 'hi');
    expect(badModel.code).not.toBe(0);
    expect(badModel.stderr).toMatch(/^switchboard: unknown model "gpt-4"/);
    const unknownConversation = await cli('chat', '--conversation', 'missing', '--message', 'hi');
    expect(unknownConversation.stderr.trim()).toBe('switchboard: conversation missing not found');
    const badOption = await cli('conversations', 'list', '--limit', 'x');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  }, 120_000);

  it('shows the graph topology and migrates the database', async () => {
    const mermaid = await cli('graph', 'show', '--graph', 'support');
    expect(mermaid.code, mermaid.stderr).toBe(0);
    expect(mermaid.stdout).toContain('Triage --> Billing');
    expect(mermaid.stdout).toContain('Billing --> Triage');
    const json = JSON.parse((await cli('graph', 'show', '--graph', 'support', '--format', 'json')).stdout);
    expect(json.agents.map((a: any) => a.name)).toEqual([
      'Triage',
      'Billing',
      'TechSupport',
      'Sales',
      'Human',
    ]);
    const badFormat = await cli('graph', 'show', '--format', 'png');
    expect(badFormat.stderr.trim()).toBe('switchboard: --format must be mermaid or json (got "png")');
    const migrate = await cli('db', 'migrate');
    expect(migrate.stdout.trim()).toBe('migrations applied (pglite)');
    const list = await cli('conversations', 'list', '--json');
    expect(Array.isArray(JSON.parse(list.stdout))).toBe(true);
  }, 120_000);
});
