import { afterAll, describe, expect, it } from 'vitest';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';

const { cli, cleanup } = cliOnFreshDataDir('sb-approvals-');
afterAll(cleanup);

describe('switchboard approvals', () => {
  it('lists a pending refund, approves it once in another process, and refuses bad input in one line', {
    timeout: 240_000,
  }, async () => {
    const asked = await cli(
      'chat',
      '--graph',
      'support',
      '--message',
      'refund invoice INV-2040 please',
      '--json',
    );
    expect(asked.code, asked.stderr).toBe(0);
    // The refund is read back first; the customer's yes (a second process) makes the call.
    const readBack = JSON.parse(asked.stdout);
    expect(readBack.reply).toMatch(/^Just to confirm: a refund on invoice INV-2040/);
    const agreed = await cli(
      'chat',
      '--graph',
      'support',
      '--conversation',
      readBack.conversationId,
      '--message',
      'yes',
      '--json',
    );
    expect(agreed.code, agreed.stderr).toBe(0);
    const turn = JSON.parse(agreed.stdout);
    expect(turn.status).toBe('awaiting_approval');

    const listed = await cli('approvals', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const [pending] = JSON.parse(listed.stdout);
    expect(pending).toMatchObject({
      conversationId: turn.conversationId,
      tool: 'issue_refund',
      agent: 'Billing',
      status: 'pending',
    });
    const text = await cli('approvals', 'list');
    expect(text.stdout).toContain(pending.id);
    expect(text.stdout).toContain('Refund of $845.10 on INV-2040 exceeds the $500 self-service limit');

    const approved = await cli('approvals', 'approve', pending.id, '--note', 'ok by finance', '--by', 'dana');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toContain("Billing: I've refunded $845.10 on invoice INV-2040");
    expect(approved.stdout).toContain('approved by dana (cli)');

    const twice = await cli('approvals', 'approve', pending.id);
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.stdout).toContain('already decided; nothing ran again');
    const denied = await cli('approvals', 'deny', pending.id, '--note', 'too late');
    expect(denied.code).not.toBe(0);
    expect(denied.stderr.trim()).toMatch(
      /^switchboard: approval apr_\w+ was already approved by dana \(cli\) at /,
    );
    expect(denied.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli('approvals', 'list')).stdout).toBe('no approvals pending\n');

    const missing = await cli('approvals', 'approve', 'apr_nope');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe('switchboard: approval apr_nope not found');
  });
});
