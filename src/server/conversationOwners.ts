/** Whose a conversation is and which graph runs it: neither ever changes once the row exists. */
export type ConversationOwner = { tenant: string | null; graph: string };

/** Past this many conversations the oldest remembered are forgotten (and read again when needed). */
const MAX_REMEMBERED = 50_000;

/**
 * Tenant and graph of the conversations this process has seen, so a turn's route check (may this
 * caller post here, which Switchboard runs it) costs no database read: the turn's own load reads the
 * conversation anyway, and that read, under the turn lock, is what finds a missing one (issue #20).
 * Only rows that exist are remembered; there is no conversation delete, so an entry never goes stale.
 */
export class ConversationOwners {
  private readonly owners = new Map<string, ConversationOwner>();

  get(id: string): ConversationOwner | undefined {
    return this.owners.get(id);
  }

  remember(record: { id: string } & ConversationOwner): void {
    if (this.owners.has(record.id)) return;
    if (this.owners.size >= MAX_REMEMBERED) {
      const oldest = this.owners.keys().next().value;
      if (oldest !== undefined) this.owners.delete(oldest);
    }
    this.owners.set(record.id, { tenant: record.tenant, graph: record.graph });
  }
}
