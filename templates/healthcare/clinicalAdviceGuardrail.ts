import type { OutputGuardrail } from '@openai/agents';

/**
 * The Receptionist books, verifies and answers insurance questions; it never gives clinical advice.
 * This output guardrail checks every reply it is about to send for dosage or diagnosis language; a
 * match trips the SDK tripwire, and the runtime sends the graph's `safeReply` instead (and records
 * the trip). Clinical is not behind it: reading back a prescription is its job.
 */
export const CLINICAL_ADVICE_PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  {
    kind: 'dosage',
    pattern: /\b\d+(\.\d+)?\s?(mg|mcg|µg|ml|milligrams?|micrograms?|milliliters?|units?|cc)\b/,
  },
  {
    kind: 'dosage',
    pattern:
      /\b(take|taking|give|use|double|increase|decrease|reduce|skip|stop taking)\s+(\w+\s+){0,3}(tablets?|pills?|capsules?|doses?|puffs?|drops?|teaspoons?|tablespoons?)\b/,
  },
  {
    kind: 'dosage',
    pattern: /\b(every|each)\s+\d+\s+(to\s+\d+\s+)?hours\b|\b(once|twice|three times) (a|per) day\b/,
  },
  {
    kind: 'diagnosis',
    pattern:
      /\b(you|he|she|they|it)\s+(probably|likely|most likely|definitely|might|may)\s+(have|has|had)\b|\bsounds like (you have|a case of|an? (infection|virus|flu|strep|migraine|uti|allergy))\b|\b(diagnos(is|ed|e)|prognosis)\b/,
  },
  {
    kind: 'treatment',
    pattern: /\byou should (take|stop|start|increase|lower|double)\b|\bno need to see a doctor\b/,
  },
];

export function findClinicalAdvice(text: string): { kind: string; phrase: string } | null {
  const lower = text.toLowerCase();
  for (const { kind, pattern } of CLINICAL_ADVICE_PATTERNS) {
    const match = lower.match(pattern);
    if (match) return { kind, phrase: match[0] };
  }
  return null;
}

export const noClinicalAdvice: OutputGuardrail = {
  name: 'no_clinical_advice',
  execute: async ({ agentOutput }) => {
    const text = typeof agentOutput === 'string' ? agentOutput : JSON.stringify(agentOutput ?? '');
    const found = findClinicalAdvice(text);
    return {
      tripwireTriggered: found !== null,
      outputInfo: found
        ? { reason: `receptionist reply contained ${found.kind} language: "${found.phrase}"`, ...found }
        : { reason: 'no clinical advice' },
    };
  },
};
