import { tokenize } from '../../routing/textFeatures.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { LEAD_IN } from './concreteRequest.ts';
import { withoutMembersHeld } from './forms/currentValues.ts';
import type { FunctionTool } from './modelItems.ts';
import { withoutRefusals } from './refusedClauses.ts';
import { asksWhetherItHappened } from './statusQuestion.ts';
import { actionWordsOf, matchTool, namesAction, scoreTools, type ToolDoc } from './toolMatcher.ts';

/**
 * "INV-2054 was $108.80 but im on the 99 a month plan?? i want the extra refunded": the message names
 * two changes' objects (the plan, the refund), and the likelier by its words (`change_plan`) asked which
 * plan to move to. What the customer says they want ("i want … refunded", "please cancel …") is the
 * change asked for; the rest is the story. Such a change, still passing every check `matchTool` makes,
 * is taken over the best match when the wanted part says its action and not the best match's.
 */
const WANTS =
  /\b(i\s+(?:really\s+)?(?:want|need|would like)|i'd like|id like|wanna|please)\b(?!\s+to\s+(?:know|ask|check|see|find out))/i;

function saysAction(words: readonly string[], toolName: string): boolean {
  return actionWordsOf(toolName).some((a) => words.some((w) => w.startsWith(a)));
}

/**
 * "oh the physical therapy okay that makes sense can I just pay it now on my card": a request said after
 * taking in what we said, with no stop between. The words taken in ("physical therapy", from the charge
 * just explained) fitted the coverage desk best, though the request fits only the billing desk. Only
 * after an acknowledgement: a story before a request ("my son has a fever, can I bring him in") may be
 * what the message is about.
 */
const ACKNOWLEDGES =
  /\b(?:ok|okay|alright|all right|i see|got it|makes sense|fair enough|thanks|thank you|perfect)\b/i;
const ASKS_AFTER =
  /\b(?:(?:can|could|may)\s+(?:i|we|you)|i\s+(?:really\s+)?(?:want|need|would like)|i'd like|id like)\b/gi;

/** The request said after other words, when that request alone fits another tool and not the best one. */
function requestAfterStory(
  said: string,
  best: NonNullable<ReturnType<typeof matchTool>>,
  docs: readonly ToolDoc[],
  threshold: number,
): ReturnType<typeof matchTool> {
  const at = [...said.matchAll(ASKS_AFTER)].at(-1)?.index ?? 0;
  if (at === 0 || !ACKNOWLEDGES.test(said.slice(0, at))) return undefined;
  const request = said.slice(at);
  // The request is short ("could I pay that off now on my card"): half the bar, and twice the next.
  const match = matchTool(request, docs, { threshold: threshold / 2 });
  if (!match || match.name === best.name) return undefined;
  const scores = scoreTools(request, docs);
  const next = scores.find((m) => m.name !== match.name)?.score ?? 0;
  const bestFits = scores.find((m) => m.name === best.name)?.score ?? 0;
  return match.score >= 2 * next && bestFits < threshold / 2 ? match : undefined;
}

export function matchWantedChange(
  said: string,
  docs: readonly ToolDoc[],
  threshold: number,
): ReturnType<typeof matchTool> {
  const found = matchTool(said, docs, { threshold });
  const best = (found && requestAfterStory(said, found, docs, threshold)) ?? found;
  const at = said.search(WANTS);
  if (!best || at < 0) return best;
  const wanted = tokenize(said.slice(at));
  if (saysAction(wanted, best.name)) return best;
  for (const doc of docs) {
    if (!doc.sideEffect || doc.name === best.name || !saysAction(wanted, doc.name)) continue;
    const others = new Set(docs.filter((d) => d.name !== doc.name).map((d) => d.name));
    const match = matchTool(said, docs, { threshold, exclude: others });
    if (match) return match;
  }
  return best;
}

/** A question for information ("what's Scale?", "how much is Growth a month?"). */
const ASKS_WHAT = /^(what|when|where|which|who|why|how)(?:'?s)?\b/i;

/**
 * "how do I appeal that? can someone from the office call me": after the question, someone is asked to
 * do the change (it was read as a question about the call-back, and the desk's menu came back).
 */
const SOMEONE_ASKED_AFTER =
  /[?.!]\s+(?:(?:and|so|or)\s+)?(?:can|could|would)\s+(?:someone|somebody|an?\s+\w+)\b/i;

/**
 * The tool a message's words ask for (`matchWantedChange`), except a change asked about rather than for:
 * a question for information picks a change only by naming its action ("and how much is Growth a
 * month?" asks about a plan, not to move to it; "how do I upgrade?" and "is saturday free for a
 * viewing?" may), and asking whether it happened picks none.
 */
export function matchRequestedTool(
  text: string,
  docs: readonly ToolDoc[],
  threshold: number,
  tools: readonly FunctionTool[] = [],
): ReturnType<typeof matchTool> {
  // "yeah so im on starter": the plan the customer has is no plan asked for (forms/currentValues.ts).
  const said = withoutMembersHeld(text, membersOfSets(tools));
  const matched = matchWantedChange(withoutRefusals(said), docs, threshold);
  if (!matched || docs.find((d) => d.name === matched.name)?.sideEffect !== true) return matched;
  const asking =
    (ASKS_WHAT.test(said.trim().replace(LEAD_IN, '')) || asksLast(said)) && !SOMEONE_ASKED_AFTER.test(said);
  const aboutIt = (asking && !namesAction(tokenize(said), matched.name)) || asksWhetherItHappened(said);
  return aboutIt ? undefined : matched;
}

/**
 * "I'm on the Growth plan and happy with it. Quick question though: how many phone numbers does Growth
 * let me have?": what is said before a closing question is its context, and the question asks for
 * information (it had asked "How many would you like?" for an order of numbers). Not when a sentence
 * says what the customer wants ("I want two more. How many can I have?"), nor after another question.
 */
function asksLast(said: string): boolean {
  const sentences = said.trim().split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1) ?? '';
  // Said after another question ("Is it possible to see Dr. Patel this week? How soon could I get in?"),
  // it asks for the change too.
  const before = sentences.slice(0, -1);
  if (before.length === 0 || !last.endsWith('?') || WANTS.test(said) || before.some((s) => s.endsWith('?')))
    return false;
  return ASKS_WHAT.test(last.replace(/^[^:?]*:\s*/, '').replace(LEAD_IN, ''));
}

/** Every member of the tools' fixed sets (plans, services, methods). */
function membersOfSets(tools: readonly FunctionTool[]): string[] {
  return tools.flatMap((t) =>
    Object.values(((t.parameters ?? {}) as JsonSchema).properties ?? {}).flatMap((p) =>
      ((p as JsonSchema).enum ?? []).filter((v: unknown): v is string => typeof v === 'string'),
    ),
  );
}
