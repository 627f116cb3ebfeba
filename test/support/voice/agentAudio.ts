import type { AgentChunk } from '../../../src/voice/callerSimulator.ts';
import { mulawToPcm16 } from '../../../src/voice/mulaw.ts';

/** The caller-side audio of each assistant item, in the order first heard. */
export function audioByItem(chunks: AgentChunk[]): Map<string, Int16Array> {
  const parts = new Map<string, Uint8Array[]>();
  for (const c of chunks) {
    const key = c.itemId ?? '?';
    parts.set(key, [...(parts.get(key) ?? []), c.audio]);
  }
  return new Map(
    [...parts].map(([id, list]) => {
      const bytes = new Uint8Array(list.reduce((n, p) => n + p.byteLength, 0));
      let offset = 0;
      for (const p of list) {
        bytes.set(p, offset);
        offset += p.byteLength;
      }
      return [id, mulawToPcm16(bytes)];
    }),
  );
}
