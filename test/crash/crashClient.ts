import { getJson, postJson } from '../support/cluster/apiClient.ts';
import { CRASH_GRAPH_NAME } from './crashScripts.ts';

/*
 * The harness's client: it walks a conversation's script one message at a time, like a chat UI that
 * retries, naming the turn it sends (`expectedTurn`). A message whose request died with the server is
 * "uncertain": after the restart the client first reads the conversation — if the turn was committed
 * before the kill, it is not sent again (there is no reply to show but the transcript has it);
 * otherwise it is re-sent, the same text or, for a changed retry, an edited one (the customer changed
 * their mind): then the conversation's script takes the edited text from there on.
 */

export type ScriptedConversation = {
  id: string;
  /** What the client sends, message by message; a changed retry edits it. */
  script: readonly string[];
  scriptIndex: number;
  /** Index in `script` of the next message to deliver; `script.length` when done. */
  next: number;
  /** The request for `script[next]` died with the server: reconcile before re-sending. */
  uncertain: boolean;
  /** Turns re-sent with an edited text after a kill (a changed retry). */
  changedTurns: number[];
};

/** Item words and what a customer who changed their mind asks for instead. */
const CHANGED_ITEMS: Record<string, string> = { lamp: 'vase', chair: 'stool', desk: 'shelf' };

/** The message with its item changed, or null when it names no item (it is re-sent as it was). */
export function changedText(text: string): string | null {
  const changed = text.replace(/\b(lamp|chair|desk)\b/g, (word) => CHANGED_ITEMS[word]);
  return changed === text ? null : changed;
}

export type SendOutcome =
  | { kind: 'answered'; ms: number }
  /** The connection died: the server was killed while (or just before) serving the message. */
  | { kind: 'died'; error: string }
  | { kind: 'refused'; status: number; body: unknown };

export type ReconcileOutcome = 'committed' | 'resend';

/** A new conversation for `script`, or null when the server died meanwhile (e.g. a late `commit.inflight` kill). */
export async function createConversation(
  url: string,
  script: readonly string[],
  scriptIndex: number,
): Promise<ScriptedConversation | null> {
  let created: { status: number; body: any };
  try {
    created = await postJson(`${url}/v1/conversations`, { graph: CRASH_GRAPH_NAME });
  } catch {
    return null;
  }
  if (created.status !== 201)
    throw new Error(`create conversation: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id as string, script, scriptIndex, next: 0, uncertain: false, changedTurns: [] };
}

/** Sends `script[next]`; on a 200 for the expected turn the conversation moves on. */
export async function sendNext(url: string, conv: ScriptedConversation): Promise<SendOutcome> {
  const started = performance.now();
  let res: { status: number; body: any };
  const message = { text: conv.script[conv.next], expectedTurn: conv.next + 1 };
  try {
    res = await postJson(`${url}/v1/conversations/${conv.id}/messages`, message);
    // PostgreSQL: the killed process's conversation lock goes when PostgreSQL notices its socket closed.
    for (let i = 0; res.status === 409 && res.body?.error?.param !== 'expectedTurn' && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      res = await postJson(`${url}/v1/conversations/${conv.id}/messages`, message);
    }
  } catch (error) {
    conv.uncertain = true;
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'died', error: cause ?? (error as Error).message };
  }
  if (res.status !== 200 || res.body?.turn !== conv.next + 1) {
    return { kind: 'refused', status: res.status, body: res.body };
  }
  conv.next += 1;
  conv.uncertain = false;
  return { kind: 'answered', ms: performance.now() - started };
}

/**
 * After a restart: did the uncertain message's turn commit? Also checks, through the API, that the
 * transcript holds exactly the messages delivered so far. Pushes what is wrong onto `violations`.
 */
export async function reconcile(
  url: string,
  conv: ScriptedConversation,
  violations: string[],
  changeIfResent = false,
): Promise<ReconcileOutcome> {
  const detail = await getJson(`${url}/v1/conversations/${conv.id}`);
  if (detail.status !== 200) throw new Error(`read conversation ${conv.id}: ${detail.status}`);
  const { turnCount, transcript } = detail.body as {
    turnCount: number;
    transcript: { role: string; text: string; turn: number }[];
  };
  const users = transcript.filter((e) => e.role === 'user').map((e) => e.text);
  const outcome: ReconcileOutcome = turnCount === conv.next + 1 ? 'committed' : 'resend';
  if (turnCount !== conv.next && turnCount !== conv.next + 1)
    violations.push(`conversation ${conv.id}: ${turnCount} turns after a crash, ${conv.next} were answered`);
  const expected = conv.script.slice(0, turnCount);
  if (JSON.stringify(users) !== JSON.stringify(expected))
    violations.push(
      `conversation ${conv.id}: after restart the transcript holds ${JSON.stringify(users)}, sent ${JSON.stringify(expected)}`,
    );
  if (transcript.some((e) => e.turn > turnCount))
    violations.push(`conversation ${conv.id}: items of an uncommitted turn are visible after restart`);
  conv.uncertain = false;
  if (outcome === 'committed') conv.next += 1;
  else if (changeIfResent) {
    const changed = changedText(conv.script[conv.next]);
    if (changed !== null) {
      conv.script = [...conv.script.slice(0, conv.next), changed, ...conv.script.slice(conv.next + 1)];
      conv.changedTurns.push(conv.next + 1);
    }
  }
  return outcome;
}
