/** The offline model's options and the constants other rules share with it (offlineModel.ts). */

/**
 * Right after a handoff into this agent (avoids A→B→A bounces), or right after it asked the customer
 * a question (the reply is usually the answer), route again only above this confidence.
 */
export const ARRIVAL_ROUTING_CONFIDENCE = 0.85;

/** Added to a fallback: what the agent cannot do, a person can ("yes" takes the offer). */
export const PERSON_ON_REQUEST = 'If you would rather, I can pass you to a member of our team.';

export type OfflineModelOptions = {
  /** Router `unsure` threshold (default: the router's calibrated default). */
  routerThreshold?: number;
  /** Minimum message/tool similarity to call a tool. */
  toolThreshold?: number;
  /** Clock for relative dates; else `now` on the turn scope if present, else the current time. */
  now?: () => Date;
};
