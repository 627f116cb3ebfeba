import { jsonOrText } from '../jsonOrText.ts';

/** Minimal HTTP client for tests that talk to spawned servers over real sockets. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = jsonOrText(text);
  return { status: res.status, body: parsed };
}

export async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/**
 * Posts a message with `Accept: text/event-stream` and reads until `marker` arrives. Returns the
 * text so far and a promise of the rest (which rejects or ends early if the server dies).
 */
export async function streamUntil(
  baseUrl: string,
  conversationId: string,
  text: string,
  marker: string,
): Promise<{ status: number; soFar: string; rest: Promise<string> }> {
  const res = await fetch(`${baseUrl}/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text }),
  });
  if (res.status !== 200) return { status: res.status, soFar: await res.text(), rest: Promise.resolve('') };
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let soFar = '';
  while (!soFar.includes(marker)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${marker}:\n${soFar}`);
    soFar += decoder.decode(value, { stream: true });
  }
  const rest = (async () => {
    let more = '';
    for (let r = await reader.read(); !r.done; r = await reader.read())
      more += decoder.decode(r.value, { stream: true });
    return more;
  })();
  rest.catch(() => {});
  return { status: 200, soFar, rest };
}
