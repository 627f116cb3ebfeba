import type { ThingDomain } from './foreignThings.ts';
import { requestVerbAt } from './requestPhrases.ts';
import { tokenize } from './textFeatures.ts';
import { lookupWord, supersenseOf } from './wordNet.ts';

const POSSESSIVES = new Set(['my', 'our']);

/**
 * "Call my mom", "text my wife that I'm running late", "email my landlord": a message for one of the
 * customer's own people, the errand of a phone's assistant, not of a desk — even where "call" is the
 * desk's own word (a voice platform's TechSupport, a realtor's call-back desk). Returns the person, or
 * null. It holds when the request's leading verb is one of communicating (WordNet's verb.communication
 * among its commoner verb senses, or a word for a message used as a verb: "text"), its object is
 * "my/our <person>", and nothing else in the message is the graph's own or kin to it ("text my
 * daughter the appointment details" at a clinic is the clinic's).
 */
export function messageForTheirOwnPeople(things: ThingDomain, text: string): string | null {
  const tokens = tokenize(text);
  const v = requestVerbAt(tokens);
  if (v < 0 || !POSSESSIVES.has(tokens[v + 1] ?? '')) return null;
  const person = tokens[v + 2] ?? '';
  if (!communicates(tokens[v]) || !isPerson(person)) return null;
  const rest = [...tokens.slice(0, v), ...tokens.slice(v + 3)].join(' ');
  return things.domainProfile(rest).own === 0 ? person : null;
}

function communicates(word: string): boolean {
  const senses = lookupWord(word, 3);
  if (!senses) return false;
  const verbs = senses.synsets.filter((s) => s.pos === 'v').slice(0, 3);
  if (verbs.length === 0) return supersenseOf(senses.dominant) === 'noun.communication';
  return verbs.some((s) => supersenseOf(s) === 'verb.communication');
}

function isPerson(word: string): boolean {
  const sense = lookupWord(word, 1)?.dominant;
  return sense?.pos === 'n' && supersenseOf(sense) === 'noun.person';
}

/**
 * "Remind me to call the bank at 3", "set a reminder for me to call my mom at six": the customer asks to be
 * reminded of an errand of their own, a phone assistant's job. A desk keeps its own reminders ("remind me
 * to bring my insurance card to the appointment" names the graph's things, and is left to the router).
 * Returns the word that asked, or null. What is to be done is judged like a message for their own people:
 * its communicating verb and the people it names are no topic; anything else of the graph's is.
 */
export function reminderForThemselves(things: ThingDomain, text: string): string | null {
  const tokens = tokenize(text);
  const at = tokens.findIndex(
    (w, i) =>
      (w === 'remind' && SELVES.has(tokens[i + 1] ?? '') && tokens[i + 2] === 'to') ||
      (w === 'reminder' && (tokens[i + 1] === 'to' || (tokens[i + 1] === 'for' && tokens[i + 3] === 'to'))),
  );
  if (at < 0) return null;
  const errand = tokens.slice(tokens.indexOf('to', at) + 1).filter((w) => !communicates(w) && !isPerson(w));
  return things.domainProfile(errand.join(' ')).own === 0 ? tokens[at] : null;
}

const SELVES = new Set(['me', 'us']);
