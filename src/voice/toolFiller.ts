/**
 * Runs `work`; if it has not settled after `afterMs`, calls `speak` once, so the caller hears "one
 * moment" instead of silence while a slow tool runs. The result is whatever `work` gives, whenever it does.
 */
export async function withFiller<T>(work: Promise<T>, afterMs: number, speak: () => void): Promise<T> {
  if (!Number.isFinite(afterMs)) return work;
  const timer = setTimeout(speak, afterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

/** What the model is told to say as a filler: the text alone, so the model cannot wander. */
export function fillerInstructions(text: string): string {
  return `Say exactly this short sentence and nothing else: "${text}"`;
}
