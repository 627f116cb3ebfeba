/*
 * PostgreSQL NOTIFY payloads must be shorter than 8000 bytes. A live event can be larger (a turn's
 * user text may be 20 000 characters), so each message travels as one or more frames:
 *
 *   <node>:<message>:<index>:<count>:<part of the JSON text>
 *
 * Notifications of one session arrive in commit order and the publisher sends from one session, so
 * a message's frames arrive in order; frames of different nodes may interleave, hence the ids.
 */

/** UTF-16 code units per frame: at most 3 bytes each in UTF-8, so a frame stays far below 8000 bytes. */
export const FRAME_UNITS = 2_400;

export function encodeFrames(node: string, message: number, text: string, units = FRAME_UNITS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length || parts.length === 0; ) {
    let end = Math.min(text.length, start + units);
    // Never split a surrogate pair: each half alone would reach PostgreSQL as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.map((part, i) => `${node}:${message}:${i}:${parts.length}:${part}`);
}

export type Frame = { node: string; message: number; index: number; count: number; part: string };

export function parseFrame(payload: string): Frame | null {
  const match = /^([A-Za-z0-9_-]+):(\d+):(\d+):(\d+):/.exec(payload);
  if (!match) return null;
  const [head, node, message, index, count] = match;
  return {
    node,
    message: Number(message),
    index: Number(index),
    count: Number(count),
    part: payload.slice(head.length),
  };
}

/** Joins frames back into whole messages; an incomplete message (a lost frame) is dropped, not guessed. */
export class FrameAssembler {
  private readonly partial = new Map<string, { next: number; parts: string[] }>();

  constructor(private readonly maxPartial = 1_000) {}

  /** The whole message text once its last frame arrives; null until then (or for a broken sequence). */
  add(frame: Frame): string | null {
    if (frame.count === 1 && frame.index === 0) return frame.part;
    const key = `${frame.node}:${frame.message}`;
    if (frame.index === 0) {
      if (this.partial.size >= this.maxPartial) this.partial.clear();
      this.partial.set(key, { next: 1, parts: [frame.part] });
      return null;
    }
    const entry = this.partial.get(key);
    if (!entry || entry.next !== frame.index) {
      this.partial.delete(key);
      return null;
    }
    entry.parts.push(frame.part);
    entry.next += 1;
    if (entry.next < frame.count) return null;
    this.partial.delete(key);
    return entry.parts.join('');
  }
}
