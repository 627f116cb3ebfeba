/**
 * Sentences the router learns as "stay" without the graph author writing them.
 * The entry agent rarely has examples of its own, so without these a greeting or an off-topic question
 * would be forced onto whichever specialist happens to share a character n-gram with it.
 */

/** Greetings, chit-chat and out-of-scope requests: the entry (triage) agent keeps them. */
export const ENTRY_SMALL_TALK = [
  'hi',
  'hello',
  'hey there',
  'good morning',
  'good afternoon',
  'hi, how are you?',
  'hello, is anyone there?',
  'what is the weather like today',
  'will it rain tomorrow',
  'tell me a joke',
  'who are you',
  'what can you do',
  'what time is it',
  'who won the game last night',
  'what is the capital of France',
  'can you recommend a good movie',
  'write me a poem',
  'what is your name',
  'I have a question',
  'can you help me',
  'I need some help',
  'how does this work',
];

/** Acknowledgements and short replies: every agent keeps them (a "yes" must not trigger a transfer). */
export const ACKNOWLEDGEMENTS = [
  'thanks',
  'thank you so much',
  'ok',
  'okay great',
  'yes',
  'yes please',
  'no',
  'no thanks',
  'that is all',
  'bye',
  'goodbye',
  'sounds good',
  'perfect',
  'got it',
  'sure',
];
