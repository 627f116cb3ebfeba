import { tokenize } from '../../routing/textFeatures.ts';

/**
 * The message's words without those that only label a reference: "account" in "account is ACC-1007",
 * "my account ACC-1007", "invoice no. INV-2039". A customer giving their account ID has not asked for
 * anything done to the account: after "our sms messages stopped sending", "account is ACC-1007" named
 * `unlock_account`'s object and unlocked a sign-in nobody had asked about. A word labels the reference
 * after it when the reference's letters begin it ("acc" in "account", "inv" in "invoice"); "refund
 * INV-2045" keeps its "refund", which is what the customer wants done to the invoice.
 */
const LABELLED_REFERENCE =
  /\b([a-z]{3,})\s+(?:(?:is|number|no\.?|id|ref(?:erence)?|#|:)\s*)*(?:#\s*)?([a-z]{2,5})[-\s]?\d{2,}/gi;

export function withoutReferenceLabels(text: string): string {
  return text.replace(LABELLED_REFERENCE, (whole, label: string, letters: string) =>
    label.toLowerCase().startsWith(letters.toLowerCase()) ? whole.slice(label.length) : whole,
  );
}

export function wordsAskedAbout(text: string): string[] {
  return tokenize(withoutReferenceLabels(text));
}
