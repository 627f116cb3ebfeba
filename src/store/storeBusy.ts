/**
 * A turn refused because this process already has too much queued on the database connection its
 * conversation's lock lives on (conversationLocks.ts). The database is fine: the server answers 503
 * "busy" with Retry-After, never "the database is unavailable". Nothing of the turn ran.
 */
export class StoreBusyError extends Error {
  constructor(message = 'the server is busy; retry shortly') {
    super(message);
    this.name = 'StoreBusyError';
  }
}
