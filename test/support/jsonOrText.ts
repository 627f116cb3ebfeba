/** A response body as tests read it: parsed JSON, or the text itself when it is not JSON (SSE, empty, HTML). */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
