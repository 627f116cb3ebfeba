/**
 * "3pm... no sorry, 4pm", "at 2, I mean 3": a customer correcting themselves within one message. The
 * first value found was the slip (the viewing was booked at 3pm). What follows the last such turn ("no",
 * "sorry", "wait", "I mean", "or rather", "make that", "actually") is what they mean, when it gives the
 * value at all; otherwise the message is read whole ("at 3pm, sorry for the wait").
 */
const TURNS_BACK =
  /(?:^|[\s,.;!…-])(?:no+|nope|sorry|wait|i mean|or rather|make that|actually)(?=[\s,.;!…-]|$)/gi;

/** The message after its last self-correction, if it has one. */
export function afterSelfCorrection(text: string): string | undefined {
  const last = [...text.matchAll(TURNS_BACK)].at(-1);
  return last?.index === undefined ? undefined : text.slice(last.index + last[0].length);
}
