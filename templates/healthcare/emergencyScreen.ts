import type { InputGuardrail } from '@openai/agents';
import { maybeTurnState } from '../../src/authoring.ts';
import { latestUserText } from './latestUserText.ts';

/**
 * Deterministic emergency escalation. Every turn, before any model is called, the agent that starts
 * the turn (Receptionist or Clinical) screens the caller's message against the phrases below; on a
 * match the conversation goes to Human in that same turn, whatever the model (offline, or any LLM)
 * would have said. Over-matching is deliberate: "no chest pain" also escalates, because a person
 * reading one extra conversation costs far less than a missed emergency.
 */
export const EMERGENCY_PATTERNS: readonly { category: string; pattern: RegExp }[] = [
  {
    category: 'chest pain',
    pattern:
      /\bchest\b(?: \w+){0,3} (pains?|hurts?|hurting|tight|tightness|pressure|heavy|crushing|squeezing)\b|\b(pain|pressure|tightness) in (my|his|her|the) chest\b|\bheart attack\b/,
  },
  {
    category: 'breathing',
    pattern:
      /\b(can ?not|can'?t|cant|couldn'?t|unable to) (breathe|breath|catch (my|his|her) breath)\b|\b(trouble|difficulty|struggling|hard|harder|hard time) (to )?breath(e|ing)\b|\b(inhaler|puffer|nebuli[sz]er)\b(?: [\w']+){0,3} (isn'?t|is not|not|doesn'?t|does not|aren'?t|stopped|no longer) (helping|working|help|work)\b|\b(not|isn'?t|is not|wasn'?t|aren'?t|stopped|stops) breathing\b|\bturning blue\b|\bchoking\b|\blips (are |turning )?blue\b/,
  },
  {
    category: 'overdose',
    pattern:
      /\bover ?dos(e|ed|ing)\b|\bod'?d\b|\b(took|taken|swallowed) (too many|too much|way too many|a (whole|full) bottle|(a |the )?(double|triple|extra) (dose|doses)|all)( of)?( (my|the|his|her|their|those|these))? (pills?|tablets?|meds|medicines?|medications?|painkillers|sleeping pills|insulin|dose)\b|\bswallowed (a bottle|too many|all)\b/,
  },
  {
    // A child (or anyone) who swallowed someone's pills or a household product: "my 3 yr old swallowed
    // some of my pills", "he drank bleach". Not "took my pills" (said of the daily dose) nor food poisoning.
    category: 'poisoning',
    pattern:
      /\b(swallowed|ate|drank|drunk|got into)\b(?: (?!and\b|before\b|after\b|with\b|then\b|took\b|take\b)[\w']+){0,5} (pills?|tablets?|meds|medicines?|medications?|bleach|detergent|cleaners?|cleaning (fluids?|liquids?|products?|sprays?|stuff)|(button )?batter(y|ies)|(laundry |detergent )?pods?|antifreeze|poison)\b|(?<!food )\bpoison(ed|ing)\b|\bpoison control\b/,
  },
  {
    category: 'self-harm',
    pattern:
      /\bsuicid(e|al)\b|\bkill(ing)? myself\b|\bend(ing)? (my|it) (life|all)\b|\bwant to die\b|\bdon'?t want to (live|be alive)\b|\bhurt(ing)? myself\b|\bself[- ]harm\b|\b(thinking (about|of)|want(ing)? to|going to|gonna|plan(ning)? to|ready to) (just )?end(ing)? (it|things|everything|my life)\b|\btake my (own )?life\b|\b(do ?n[o']?t|do not|can'?t|cannot) (really )?see (the |any )?point (anymore|any more|in (living|going on|life)|of (living|going on|life))\b|\bno (point|reason) (in |to )?(living|go(ing)? on|be(ing)? alive|live)\b|\bnot worth living\b|\bbetter off (dead|without me)\b|\bwish (i|i'?d) (was|were|had) (dead|never been born)\b|\bdon'?t want to (wake up|be here anymore|be here any more)\b|\bhang myself\b/,
  },
  {
    category: 'stroke',
    pattern:
      /\bstroke\b|\bface (is )?droop(ing|y)?\b|\bslurr(ed|ing) (speech|words)\b|\b(numb|weak|can'?t move)\w* (on )?one side\b|\bsuddenly (can ?not|can'?t|cant|unable to) (talk|speak)\b|\b(can ?not|can'?t|cant) (talk|speak) (properly|clearly|straight)\b|\b(arm|leg|hand|face) (has |is )?(suddenly )?(went|gone|going|gone all) (numb|weak|limp|floppy|dead)\b/,
  },
  {
    category: 'unresponsive',
    pattern:
      /\bunconscious\b|\bunresponsive\b|\bpassed out\b|\bcollapsed\b|\bfainted\b|\bwon'?t wake up\b|\bnot waking up\b|\bno pulse\b/,
  },
  {
    // A knock to the head followed by vomiting, drowsiness or confusion is seen at once (NICE head
    // injury guidance): "my son fell and hit his head, he threw up and he's really drowsy".
    category: 'head injury',
    pattern:
      /\b(hit|hits|banged|bumped|knocked|smacked|whacked|cracked|injured|hurt)\b(?: [\w']+){0,2} head\b.*\b(threw up|throw(ing)? up|vomit\w*|sick|drowsy|sleepy|confused|confusion|dazed|knocked out|blacked out|won'?t stay awake|can'?t stay awake)\b|\bhead injury\b/,
  },
  { category: 'severe headache', pattern: /\bworst headache\b|\bthunderclap headache\b/ },
  { category: 'seizure', pattern: /\bseizures?\b|\bseizing\b|\bconvuls(ing|ions?)\b/ },
  {
    category: 'bleeding',
    pattern:
      /\b(severe|heavy|heavily|uncontrolled) bleeding\b|\bbleeding (heavily|a lot|badly|won'?t stop|that won'?t stop)\b|\bwon'?t stop bleeding\b/,
  },
  {
    category: 'anaphylaxis',
    pattern:
      /\banaphyla(xis|ctic)\b|\bthroat (is )?(closing|swelling|swollen)\b|\bthroat (feels |is |getting |going |has gone |gone )?(so |really |very )?(tight|tighter|tightening|closing( up)?)\b|\btongue (is )?swell(ing|ed)\b|\b(lips?|tongue|mouth) (is |are |has |have |started )?(swell(ing|ed)|swollen|puff(ing|ed) up)\b/,
  },
];

/** The first words an emergency caller reads, before the hand-over to staff (issue #23). */
export const EMERGENCY_NOTICE =
  'Please call 911 now (or your local emergency number); do not wait for us to reply.';

/**
 * Thoughts of suicide or self-harm: the crisis line too, which takes calls and texts at any hour (a QA
 * probe: the caller heard 911 only).
 */
export const CRISIS_NOTICE = `${EMERGENCY_NOTICE} You can also call or text 988, the Suicide & Crisis Lifeline, at any hour.`;

/** What the caller reads first for an emergency of this kind. */
export function emergencyNotice(category: string): string {
  return category === 'self-harm' ? CRISIS_NOTICE : EMERGENCY_NOTICE;
}

export type EmergencyMatch = { category: string; phrase: string };

/** Lower case, straight apostrophes, single spaces: what the patterns are written against. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u0060\u00b4]/g, "'") // curly quotes, backtick, acute accent
    .replace(/\s+/g, ' ');
}

/**
 * Words the patterns are written in that a caller in distress mistypes ("chest pian real bad", "cant
 * breath", "unconcious"): a typed word one slip from one of them reads as it. Two letters swapped for
 * words of four letters or more; one letter missing, added or wrong only from six letters, where one
 * slip cannot turn one everyday word into another.
 */
const SCREEN_WORDS = [
  'chest',
  'pain',
  'pains',
  'breathe',
  'breathing',
  'throat',
  'swelling',
  'swollen',
  'tight',
  'unconscious',
  'unresponsive',
  'seizure',
  'bleeding',
  'suicide',
  'suicidal',
  'overdose',
  'overdosed',
  'stroke',
  'choking',
  'collapsed',
  'drooping',
  'pressure',
  'drowsy',
  'confused',
  'vomiting',
];

function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

function oneSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return (short.length === long.length ? short.slice(i + 1) : short.slice(i)) === long.slice(i + 1);
}

/** The text with each mistyped screen word put right. */
function withSlipsMended(normalized: string): string {
  return normalized.replace(/[a-z]+/g, (word) =>
    SCREEN_WORDS.includes(word)
      ? word
      : (SCREEN_WORDS.find((w) => swapped(word, w) || oneSlip(word, w)) ?? word),
  );
}

export function detectEmergency(text: string): EmergencyMatch | null {
  const normalized = normalize(text);
  const mended = withSlipsMended(normalized);
  for (const said of mended === normalized ? [normalized] : [normalized, mended]) {
    for (const { category, pattern } of EMERGENCY_PATTERNS) {
      const match = said.match(pattern);
      if (match) return { category, phrase: match[0] };
    }
  }
  return null;
}

/**
 * Input guardrail that never blocks a normal message. It runs before the model (`runInParallel:
 * false`); on an emergency it asks the runtime to escalate. Run outside a Switchboard turn, it trips
 * instead: the caller then gets the graph's safe reply, which tells them to call 911 (fail closed).
 * `emergency_screen.test.ts` runs a real conversation to prove the escalation.
 */
export const emergencyScreen: InputGuardrail = {
  name: 'emergency_screen',
  runInParallel: false,
  execute: async ({ input, context }) => {
    const match = detectEmergency(latestUserText(input));
    if (!match) return { tripwireTriggered: false, outputInfo: { emergency: false } };
    const reason = `emergency: caller said "${match.phrase}" (${match.category})`;
    // Decided like a tool result's `{ escalate: true }`: the agent's next step is the handoff to
    // `policy.escalateTo`, with no model call, and the notice is said before the hand-over message.
    const turn = maybeTurnState(context);
    turn?.escalateNext({
      code: 'emergency',
      reason,
      notice: emergencyNotice(match.category),
      standing: true,
    });
    return { tripwireTriggered: turn === undefined, outputInfo: { emergency: true, reason, ...match } };
  },
};
