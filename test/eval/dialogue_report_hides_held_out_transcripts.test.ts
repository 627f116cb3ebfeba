import { describe, expect, it } from 'vitest';
import { type DialogueOutcome, formatDialogueReport } from '../../src/eval/dialogueEval.ts';

const failed = (id: string, split: DialogueOutcome['split'], user: string): DialogueOutcome => ({
  id,
  split,
  completed: false,
  unmet: [`book_appointment never ran (${id})`],
  loops: [`Which day would you like? (${id})`],
  turns: [{ user, agent: 'Booking', reply: `reply to ${id}`, handoffs: ['FrontDesk->Booking'], tools: [] }],
});

const figures = { scenarios: 1, completed: 0, rate: 0, loops: 1 };
const report = {
  graph: 'salon',
  outcomes: [failed('tuned-row', 'tune', 'tuned words'), failed('held-row', 'holdout', 'held-out words')],
  all: { ...figures, scenarios: 2, loops: 2 },
  tune: figures,
  holdout: figures,
};

describe('the dialogue report of `eval dialogues`', () => {
  it('counts a held-out scenario but hides its checks, loops and transcript: they are not to tune on', () => {
    const text = formatDialogueReport(report, { verbose: true });
    expect(text).toContain('✗ held-row (holdout)');
    expect(text).toContain('holdout: 0/1 complete');
    expect(text).not.toContain('held-out words');
    expect(text).not.toContain('(held-row)');
    expect(text).not.toContain('reply to held-row');
    // A tuned scenario keeps everything that helps fix it.
    expect(text).toContain('tuned words');
    expect(text).toContain('book_appointment never ran (tuned-row)');
    expect(text).toContain('Which day would you like? (tuned-row)');
  });

  it('shows held-out transcripts when asked (--show-held-out)', () => {
    const text = formatDialogueReport(report, { showHeldOut: true });
    expect(text).toContain('held-out words');
    expect(text).toContain('book_appointment never ran (held-row)');
  });
});
