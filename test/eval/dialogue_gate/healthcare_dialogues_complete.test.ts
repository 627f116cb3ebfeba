import { describe, it } from 'vitest';
import { checkDialogueGate, GATE_TIMEOUT_MS, GATE_TITLE, GATES } from './dialogueGate.ts';

describe('dialogue completion gate (offline model)', () => {
  it.each([GATES.healthcare])(GATE_TITLE, checkDialogueGate, GATE_TIMEOUT_MS);
});
