import { HUMAN_AGENT, type NormalizedAgent } from './types.ts';

/** Phrases that mean "let me talk to a person"; the local router learns the Human edge from them. */
export const HUMAN_EXAMPLES = [
  'let me talk to a real person',
  'I want to speak to a human',
  'can I talk to someone on your team',
  'get me a manager',
  'transfer me to an operator please',
  'is there a person I can talk to',
  'I need a human agent',
  'stop the bot, I want a representative',
  'connect me with customer service staff',
  'I would like to speak with a supervisor',
  'put a real human on the line',
  'this is not working, give me a person',
  'I refuse to talk to a machine',
  'can a live agent help me',
  'I want to file a formal complaint with a manager',
  'my lawyer will be in touch about this',
  'speak to someone in charge',
  'human please',
  'representative',
  'escalate this to your supervisor',
];

export const HUMAN_DESCRIPTION =
  'A member of the human support team: for callers who ask for a person, legal threats, or requests the assistant may not resolve on its own.';

/** Built-in node; a handoff to it parks the conversation in `awaiting_human` until an operator replies. */
export function humanAgent(): NormalizedAgent {
  return {
    name: HUMAN_AGENT,
    handoffDescription: HUMAN_DESCRIPTION,
    instructions: 'A human operator takes over this conversation.',
    examples: HUMAN_EXAMPLES,
    tools: [],
    handoffs: [],
    human: true,
    phone: null,
  };
}

export const DEFAULT_HUMAN_REPLY =
  "Thanks for your patience. I've passed your conversation to a member of our team, and a person will reply right here shortly.";
