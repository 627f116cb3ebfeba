/**
 * "OK then I come in person", "can I pay in person?", "an in-person visit": being there oneself, no
 * request for a person. Routers learn "person" from requests for one ("I want a real person"), so a
 * caller told telehealth is not covered, who said they would come in instead, was put through to the
 * team. Only when "in person" is the message's one word for a person: "I'd like to talk to a person in
 * person" still asks for one.
 */
const IN_PERSON = /\bin[- ]person\b/gi;
const PERSON_WORD =
  /\b(?:person|people|human|someone|somebody|anyone|anybody|staff|manager|supervisor|agent|representative|operator|receptionist)\b/i;

export function saysInPersonOnly(text: string): boolean {
  return IN_PERSON.test(text) && !PERSON_WORD.test(text.replace(IN_PERSON, ' '));
}
