/**
 * "Account is ACC-1006, Kim Legal Partners": a business's name, said to say who the customer is. Its
 * words are no request: "Legal" sent the message to a person as if legal action were threatened (the
 * router's legal topic), also when the clause is the name alone. A run of two to four capitalised words
 * ending in a word businesses end their names with, not opening with a word sentences open with ("Our
 * Legal team", "I need Legal"), is read by the router as "our company".
 */
const BUSINESS_END =
  'Partners|Associates|Group|Holdings|Law|Legal|Plumbing|Electrical|Electric|Services|Solutions|Consulting|Studio|Studios|Agency|Labs|Systems|Technologies|Tech|Logistics|Dental|Clinic|Bakery|Cafe|Media|Marketing|Design|Realty|Properties|Construction|Motors|Foods|Ventures|Capital|Industries|Enterprises|Insurance|Accounting|Salon|Fitness|Trading|LLC|LLP|Ltd|Inc|Co|Corp';
const BUSINESS_NAME = new RegExp(
  String.raw`\b(?!(?:I|We|My|Our|The|Hi|Hello|Hey|Please|Can|Could|Would|Will|Is|Are|Do|Does|What|How|Why|When|Need|Want|Get|Talk|Speak)\s)(?:[A-Z][\w'&-]*\s+){1,3}(?:${BUSINESS_END})\b\.?`,
  'g',
);

/** `text` with the names of businesses in it said as "our company". */
export function withoutBusinessNames(text: string): string {
  return text.replace(BUSINESS_NAME, 'our company');
}
