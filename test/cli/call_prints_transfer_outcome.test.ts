import { afterAll, describe, expect, it } from 'vitest';
import { callCli } from '../support/cli/callCli.ts';

const cli = callCli();
afterAll(() => cli.cleanup());
/** The support graph's Human gets a phone target from the environment (issue #18 §1). */
const DESK = { SWITCHBOARD_TRANSFER_NUMBER: '+15550100000' };

/** Issue #18 §1: `switchboard call` plays Twilio with the REST double and prints the transfer outcome. */
describe('switchboard call: a caller put through to a phone target', () => {
  it('--json: the person answers; the timeline has the cold transfer, answered, with its time to answer', async () => {
    const { stdout } = await cli.run('support', 'let me talk to a real person', ['--json'], DESK);
    const timeline = JSON.parse(stdout);
    expect(timeline.transfers).toHaveLength(1);
    const [transfer] = timeline.transfers;
    expect(transfer).toMatchObject({
      from: 'Triage',
      to: 'Human',
      target: '+15550100000',
      mode: 'cold',
      outcome: 'answered',
      returnedTo: null,
    });
    // The double rings for 800 ms before the person picks up.
    expect(transfer.timeToAnswerMs).toBeGreaterThanOrEqual(800);
    expect(timeline.status).toBe('ended');
  }, 150_000);

  it('--transfer busy: the summary says busy and that the caller is back with the agent that transferred', async () => {
    const { stdout } = await cli.run('support', 'let me talk to a real person', ['--transfer', 'busy'], DESK);
    expect(stdout).toMatch(
      /transfer {2}Triage→Human · \+15550100000 \(cold\) · busy · back to Triage, callback requested/,
    );
  }, 150_000);

  it('a graph without a phone target: no transfer, no Twilio', async () => {
    const { stdout } = await cli.run('support', 'let me talk to a real person', ['--json']);
    const timeline = JSON.parse(stdout);
    expect(timeline.transfers).toEqual([]);
    expect(timeline.status).toBe('awaiting_human');
  }, 150_000);

  it('--transfer with an unknown outcome: one error line, non-zero exit', async () => {
    const failed = await cli.run('support', 'hi', ['--transfer', 'maybe']).catch((error) => error);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/--transfer must be one of answer, no-answer, busy, voicemail, failed/);
  }, 60_000);
});
