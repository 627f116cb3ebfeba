import type { NormalizedGraph } from '../../graph/types.ts';

/**
 * "if you don't refund invoice INV-2053 today I'm filing a chargeback with my bank", "I'll be taking
 * this to small claims": a customer threatening a chargeback or legal action is no request for the
 * refund desk to read back; a person decides what is done (the human node is for "legal threats, or
 * requests the assistant may not resolve on its own"). The words name the action taken against us,
 * not its topic: "how do chargebacks work?" asks a question and threatens nothing.
 */
const WHO_WILL = String.raw`\b(?:i'?m|im|i am|i'?ll|i will|i'?ve|i have|we'?re|we will|we'?ll|we'?ve|we have|going to|gonna|about to|will be)\s+(?:\w+\s+){0,2}?`;
/**
 * Acting through the bank or the law: "filing a chargeback with my bank", "taking this to small claims",
 * "I'm taking you to court". A court is the law's only as where one goes: "I'm calling about the little
 * house on Willow Court" is a street (it was handed to a person as a legal threat).
 */
const THREAT = new RegExp(
  `${WHO_WILL}(?:fil(?:e|ing)|rais(?:e|ing)|open(?:ing)?|do(?:ing)?|start(?:ing)?|disput(?:e|ing)|contact(?:ing)?|call(?:ing)?|go(?:ing)? to|tak(?:e|ing)\\s+(?:this|it|you)\\s+to|get(?:ting)?|got|ask(?:ing)?|(?:speak|talk)(?:ing)?\\s+(?:to|with)|spoken?\\s+(?:to|with)|talked\\s+(?:to|with)|consult(?:ed|ing)?|contacted|hir(?:e|ed|ing)|instruct(?:ed|ing)?|involv(?:e|ed|ing)|seeing)\\b[^.!?,;]{0,40}?\\b(?:chargeback|charge back|dispute|my bank|card issuer|small claims|(?<=\\b(?:to|in|into|claims)\\s)court|lawyer|solicitor|attorney|ombudsman|regulator)`,
  'i',
);
/** "I'm going to sue you", "we will report you": the threat is the verb itself. */
const SUES = new RegExp(`${WHO_WILL}(?:sue|suing|report(?:ing)? you)\\b`, 'i');

/** Whether the message threatens a chargeback or legal action. */
export function threatensAction(text: string): boolean {
  return THREAT.test(text) || SUES.test(text);
}

/** The agent's enabled handoff to a person, if it has one. */
export function personHandoff(
  graph: NormalizedGraph,
  agentName: string,
  enabledHandoffs: readonly string[],
): string | undefined {
  return graph.byName
    .get(agentName)
    ?.handoffs.find((e) => enabledHandoffs.includes(e.toolName) && graph.byName.get(e.to)?.human === true)
    ?.toolName;
}
