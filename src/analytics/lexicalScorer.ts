import type { Scored } from './types.ts';

/*
 * The deterministic scorer used when no language model is configured: word lists, negation and a
 * little weighting, so the same transcript always gets the same scores and every point has a reason.
 */

/** Customer-side polarity: 2 = strong, 1 = mild. Stems match word prefixes (`frustrat` → frustrated). */
const POSITIVE: Record<string, number> = {
  thank: 1,
  thanks: 1,
  great: 2,
  perfect: 2,
  awesome: 2,
  excellent: 2,
  amazing: 2,
  fantastic: 2,
  brilliant: 2,
  wonderful: 2,
  love: 2,
  happy: 1,
  glad: 1,
  helpful: 1,
  appreciat: 1,
  resolved: 1,
  solved: 1,
  fixed: 1,
  works: 1,
  good: 1,
  nice: 1,
  pleased: 1,
};

const NEGATIVE: Record<string, number> = {
  angry: 2,
  furious: 2,
  frustrat: 2,
  terrible: 2,
  awful: 2,
  horrible: 2,
  worst: 2,
  useless: 2,
  ridiculous: 2,
  unacceptable: 2,
  disappoint: 2,
  hate: 2,
  scam: 2,
  annoy: 1,
  upset: 1,
  bad: 1,
  broken: 1,
  wrong: 1,
  fail: 1,
  slow: 1,
  problem: 1,
  complain: 1,
  overcharg: 1,
  unhappy: 2,
};

/** Phrases whose meaning the words alone miss. */
const NEGATIVE_PHRASES: [RegExp, number, string][] = [
  [/\bcharged twice\b|\bdouble[- ]charged\b/, 1, 'charged twice'],
  [/\bstill (?:not|waiting|broken|failing)\b/, 1, 'still waiting/broken'],
  [/\bwaste of (?:time|money)\b/, 2, 'waste of time/money'],
];

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "isn't",
  "wasn't",
  "don't",
  "doesn't",
  "didn't",
  'hardly',
  'nothing',
]);
const INTENSIFIERS = new Set(['very', 'really', 'so', 'extremely', 'totally', 'absolutely', 'super']);

const lookup = (table: Record<string, number>, word: string): [string, number] | null => {
  if (table[word] !== undefined) return [word, table[word]];
  for (const [stem, weight] of Object.entries(table))
    if (stem.length >= 5 && word.startsWith(stem)) return [stem, weight];
  return null;
};

type Cue = { text: string; value: number; message: number };

function messageCues(text: string, message: number): Cue[] {
  const cues: Cue[] = [];
  const lower = text.toLowerCase();
  for (const [pattern, weight, label] of NEGATIVE_PHRASES) {
    if (pattern.test(lower)) cues.push({ text: label, value: -weight, message });
  }
  const words = lower.match(/[a-z']+/g) ?? [];
  const raw = text.match(/[A-Za-z']+/g) ?? [];
  words.forEach((word, i) => {
    const pos = lookup(POSITIVE, word);
    const neg = pos ? null : lookup(NEGATIVE, word);
    if (!pos && !neg) return;
    let value = pos ? pos[1] : -(neg as [string, number])[1];
    const before = words.slice(Math.max(0, i - 3), i);
    const negated = before.some((w) => NEGATORS.has(w) || w.endsWith("n't"));
    if (before.some((w) => INTENSIFIERS.has(w))) value *= 1.5;
    if (raw[i] && raw[i].length >= 3 && raw[i] === raw[i].toUpperCase()) value *= 1.5; // SHOUTING
    // "not happy" is negative; "not bad" is only mildly positive.
    if (negated) value = value > 0 ? -value : -value / 2;
    cues.push({ text: negated ? `not ${word}` : word, value, message });
  });
  return cues;
}

/**
 * Sentiment of the customer's messages in [-1, 1]. Later messages weigh more (up to twice the first),
 * since how a conversation ends says more than how it began; the sum is squashed with tanh.
 */
export function lexicalSentiment(userMessages: string[]): Scored {
  const cues = userMessages.flatMap((text, i) => messageCues(text, i));
  if (cues.length === 0) return { score: 0, reasons: ['no sentiment cues in the customer messages'] };
  const n = userMessages.length;
  const weight = (message: number) => (n <= 1 ? 1 : 1 + message / (n - 1));
  const total = cues.reduce((sum, c) => sum + c.value * weight(c.message), 0);
  const score = Math.round(Math.tanh(total / 4) * 1000) / 1000;
  const strongest = [...cues]
    .sort((a, b) => Math.abs(b.value * weight(b.message)) - Math.abs(a.value * weight(a.message)))
    .slice(0, 5)
    .map((c) => `${c.value > 0 ? 'positive' : 'negative'} "${c.text}" (message ${c.message + 1})`);
  return { score, reasons: strongest };
}

type LeadRule = { points: number; label: string; test: (text: string, input: LeadInput) => string | null };

export type LeadInput = { userMessages: string[]; agentsVisited: string[]; toolCalls: string[] };

const firstMatch = (pattern: RegExp) => (text: string) => pattern.exec(text)?.[0] ?? null;

const LEAD_RULES: LeadRule[] = [
  {
    points: 25,
    label: 'purchase intent',
    test: firstMatch(
      /\b(buy|purchase|upgrade|subscribe|sign(?:ing)? up|get started|switch (?:to|over to) (?:you|your))\b/,
    ),
  },
  {
    points: 20,
    label: 'pricing interest',
    test: firstMatch(/\b(pricing|price|prices|quote|how much|cost of|plans?|discount|trial|demo)\b/),
  },
  {
    points: 15,
    label: 'team size',
    test: firstMatch(
      /\b\d+\s*(?:seats|users|licen[cs]es|agents|employees|people|locations)\b|\bteam of \d+\b/,
    ),
  },
  {
    points: 10,
    label: 'timeline',
    test: firstMatch(
      /\b(asap|this week|next week|this month|next month|by (?:monday|tuesday|wednesday|thursday|friday)|urgent(?:ly)?|today)\b/,
    ),
  },
  {
    points: 10,
    label: 'budget or decision maker',
    test: firstMatch(/\b(budget|our company|my team|our team|procurement|decision)\b/),
  },
  {
    points: 10,
    label: 'left contact details',
    test: firstMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\+?\d[\d\s().-]{8,}\d/),
  },
  {
    points: 15,
    label: 'talked to Sales',
    test: (_text, input) => input.agentsVisited.find((a) => /sales/i.test(a)) ?? null,
  },
  {
    points: -25,
    label: 'churn risk',
    test: firstMatch(
      /\b(cancel\w*|unsubscribe|close my account|delete my account|switch(?:ing)? to (?:another|a competitor))\b/,
    ),
  },
  {
    points: -15,
    label: 'not interested',
    test: firstMatch(/\b(not interested|too expensive|just looking|no thanks|can't afford)\b/),
  },
  {
    points: -10,
    label: 'support complaint',
    test: firstMatch(/\b(refund|charged twice|complain\w*|broken|not working)\b/),
  },
];

/** Lead score in [0, 100]: 10 to start, plus or minus each signal found once, with the words that fired it. */
export function lexicalLeadScore(input: LeadInput): Scored {
  const text = input.userMessages.join('\n').toLowerCase();
  let score = 10;
  const reasons: string[] = [];
  for (const rule of LEAD_RULES) {
    const hit = rule.test(text, input);
    if (hit === null) continue;
    score += rule.points;
    reasons.push(`${rule.points > 0 ? '+' : ''}${rule.points} ${rule.label}: "${hit}"`);
  }
  if (reasons.length === 0) reasons.push('no buying or churn signals');
  return { score: Math.max(0, Math.min(100, score)), reasons };
}
