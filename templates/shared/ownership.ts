/**
 * The one rule every template tool that reads or changes a customer's records goes through: a
 * conversation is about one customer (an account, a patient, a phone number), and a record of any
 * other customer is answered exactly as a record that does not exist. See docs/templates.md
 * ("Whose records a conversation may touch").
 *
 * - No owner established yet: the first record the caller names establishes it (the tool then writes
 *   the owner into the conversation state), so "invoice INV-2041" works as a first message.
 * - Owner established: only that owner's records are found; the owner never switches by itself.
 * - A different owner id named outright ("my account is ACC-1008") is refused with a message that is
 *   the same whether or not that owner exists. Switching is explicit: a new conversation, created
 *   with the owner already in its context by a deployment that authenticated the caller.
 */

/** The owner a lookup is scoped to: the one in the state, else the one the caller named in this call. */
export function scopeOwner(
  established: string | null | undefined,
  named: string | null | undefined,
): string | null {
  return established || named || null;
}

/**
 * The record when the conversation may see it, else null — the same null a missing record gives, so
 * the caller's "not found" answer cannot tell a stranger's record from none at all. `owner` null means
 * no owner is established yet and any record is returned (its owner then becomes the conversation's).
 */
export function ownedRecord<T>(
  record: T | null | undefined,
  owner: string | null | undefined,
  ownerOf: (record: T) => string | null | undefined,
  sameOwner: (a: string, b: string) => boolean = (a, b) => a === b,
): T | null {
  if (record == null) return null;
  if (!owner) return record;
  const recordOwner = ownerOf(record);
  return recordOwner != null && sameOwner(recordOwner, owner) ? record : null;
}

/** True when the call names an owner other than the one the conversation is about. */
export function namesOtherOwner(
  established: string | null | undefined,
  named: string | null | undefined,
  sameOwner: (a: string, b: string) => boolean = (a, b) => a === b,
): boolean {
  return Boolean(established && named && !sameOwner(established, named));
}

/**
 * The answer to a call that names another owner (`subject`: the established one, e.g. "account
 * ACC-1002"). Worded so it is identical whether or not that owner
 * exists: it says which customer this conversation is about (the caller established that) and how to
 * switch, nothing about the other one.
 */
export function otherOwnerRefusal(subject: string) {
  return {
    found: false as const,
    otherOwner: true,
    message: `This conversation is about ${subject}, so I can't open another one here. To talk about a different one, please start a new conversation.`,
  };
}
