import type { AgentOutputItem, ModelRequest } from '@openai/agents-core';
import { messageText } from './conversationView.ts';
import { PERSON_ON_REQUEST } from './offlineModelOptions.ts';

/** Said this many times already, a reply is not said again: the customer is stuck (issue #23). */
const TIMES_HEARD = 2;

/** What the customer hears instead of the same reply a third time. */
export const STUCK_REPLY = "Sorry, I don't seem to be getting this right. Could you put it another way?";
/** The same, where no person can take over. */
export const STUCK_NO_PERSON =
  "Sorry, I can't help with that here. Could you put it another way, or ask me something else?";

const AS_I_SAID = 'As I said, ';

/** A look-up's report that it found nothing for what the customer gave. */
const NOT_FOUND =
  /\b(?:can(?:'|no)?t|couldn'?t|could not|cannot|unable to|did not|didn'?t) (?:find|locate)\b/i;

export type StuckStep = { say: string } | { call: string; args: Record<string, unknown> };

/**
 * The last guard before a reply leaves the offline model: whichever rule produced it, a reply the
 * customer has already heard twice in this conversation is not given a third time. The forms already
 * rephrase and offer a person for a question they keep asking (formTurn.ts); this catches what no
 * form owns — a fallback, a desk's answer or a read-back the customer's replies keep bringing back.
 * Instead: an apology that asks for other words and offers a person; if that too was heard twice, the
 * conversation goes to the person (when the agent can reach one: `personEdge` is enabled). Returns null when the reply is new.
 */
export function insteadOfAThirdTime(
  output: AgentOutputItem,
  request: Pick<ModelRequest, 'input' | 'handoffs'>,
  personEdge: string | undefined,
): StuckStep | null {
  const { input } = request;
  const person = request.handoffs.some((h) => h.toolName === personEdge) ? personEdge : undefined;
  if (output.type !== 'message' || output.role !== 'assistant') return null;
  const said = messageText(output).trim();
  if (said === '') return null;
  const heard = (text: string) => timesSaid(input, text) >= TIMES_HEARD;
  if (!heard(said)) return null;
  // A look-up that failed twice already ("I can't find an upcoming booking under that phone number")
  // failing a third time is a customer who cannot give what we search by, not a fair repeat question:
  // the third failure says so and offers a person at once (issue #23: counting wrong phone numbers).
  if (person && NOT_FOUND.test(said) && !said.endsWith(PERSON_ON_REQUEST)) {
    const offer = `${said} ${PERSON_ON_REQUEST}`;
    if (!heard(offer)) return { say: offer };
    return { call: person, args: { reason: 'a look-up failed again and again', intent: 'escalation.loop' } };
  }
  // An answer (it asks nothing) asked for a third time is given again, said as a repeat: "what time do
  // you close on saturday?" after two "what time do you close?" is a fair question, not a stuck caller.
  const again = `${AS_I_SAID}${/^I\b/.test(said) ? said : said[0].toLowerCase() + said.slice(1)}`;
  if (
    !said.endsWith('?') &&
    !said.startsWith(AS_I_SAID) &&
    !said.endsWith(PERSON_ON_REQUEST) &&
    !heard(again)
  )
    return { say: again };
  const offer = person ? `${STUCK_REPLY} ${PERSON_ON_REQUEST}` : STUCK_NO_PERSON;
  if (!heard(offer) && said !== offer) return { say: offer };
  if (person)
    return { call: person, args: { reason: 'the same reply three times', intent: 'escalation.loop' } };
  return null;
}

function timesSaid(input: ModelRequest['input'], text: string): number {
  if (typeof input === 'string') return 0;
  let n = 0;
  for (const item of input) {
    const role = (item as { role?: string }).role;
    if ((item.type === undefined || item.type === 'message') && role === 'assistant') {
      if (messageText(item as never).trim() === text) n++;
    }
  }
  return n;
}
