/**
 * "Are you a human or a bot?", "r u a real person", "am I talking to a machine?": a question about what
 * the assistant is, which its own agent answers. Routers learn "human" and "person" from requests for
 * one ("I want a real person"), so without this a caller who only asks is put through to the team. The
 * whole message must be the question: "are you able to put me through to a person" is a request.
 */
const WHAT_WE_ARE =
  /^(?:(?:are|r) (?:you|u)|am i (?:talking|speaking|chatting|texting) (?:to|with)|is this) (?:(?:a|an|the) )?(?:real |actual |live |automated )?[a-z]+(?: or (?:(?:a|an) )?(?:real |actual )?[a-z]+)?$/;

export function asksWhatWeAre(text: string): boolean {
  const plain = text
    .toLowerCase()
    .replace(/[?.!,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return WHAT_WE_ARE.test(plain);
}
