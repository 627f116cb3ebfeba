/**
 * "one of your agents told me I wouldn't fit in in Harbor Point because of my religion. that's not ok":
 * a report of being treated differently for who one is. The area named pulled the front desk's router to
 * the neighborhood desk, which described Harbor Point to someone reporting discrimination. Like a threat
 * of legal action (threatensAction.ts), the report decides where the message goes whatever its topic:
 * the desk that takes complaints (its description names them) opens the case.
 *
 * The words that name it outright ("discriminated", "racist") are enough. A ground alone is not: "we
 * need a ground floor because of my disability" states a need; the ground counts only beside something
 * someone did or said to the customer ("told me", "refused", "treated us").
 */
const NAMED_OUTRIGHT =
  /\b(?:discriminat\w*|racis[tm]|sexis[tm]|homophob\w*|transphob\w*|bigot\w*|prejudiced?|steered (?:me|us))\b/i;

/** Who one is, as fair-housing and equality rules list it. */
const GROUND = String.raw`(?:religion|religious|faith|race|racial|ethnic\w*|skin|colou?r|nationality|origin|accent|immigra\w*|disab\w*|wheelchair|kids?|child\w*|family|pregnan\w*|age|gender|sex|sexuality|orientation|gay|lesbian|trans\w*|muslim|jewish|christian|hindu|sikh|buddhist|black|hispanic|latin[oa]|asian|arab|voucher|section 8)`;
/** "because of my religion", "because I'm Muslim", "because we have kids", "for being gay". */
const BECAUSE_OF_WHO = new RegExp(
  String.raw`\b(?:because(?: of)?|due to|for being|on account of)\s+(?:my|our|i'?m|im|i am|we'?re|we are|i have|we have|i'?ve got|we'?ve got|being|of being)\s+(?:\w+\s+){0,2}?${GROUND}\b`,
  'i',
);
/** Something done or said to the customer, or the customer calling it out. */
const CONDUCT =
  /\b(?:told|said|refused|wouldn'?t|won'?t|would not|will not|didn'?t want|did not want|treated|turned (?:me|us) (?:away|down)|ignored|rude|not ok(?:ay)?|unacceptable|not acceptable|not right)\b/i;

/** Whether the customer reports being treated differently for who they are. */
export function reportsUnfairTreatment(text: string): boolean {
  return NAMED_OUTRIGHT.test(text) || (BECAUSE_OF_WHO.test(text) && CONDUCT.test(text));
}
