import { relative } from 'node:path';
import { DataDirBusyError } from '../store/dataDirLock.ts';

/**
 * What a command can do instead while another process holds the embedded database: one line naming
 * the holder, then this command's way forward. `null` for any other error.
 */
export type HeldAdvice = (holder: { url: string | null }) => string;

const shown = (dataDir: string) => {
  const rel = relative(process.cwd(), dataDir);
  return rel && !rel.startsWith('..') ? `${rel}/` : `${dataDir}/`;
};

export function heldDataDirLine(error: unknown, advice: HeldAdvice): Error | null {
  if (!(error instanceof DataDirBusyError)) return null;
  const owner = error.owner;
  const who = owner?.url
    ? `the server on ${owner.url} (pid ${owner.pid})`
    : owner
      ? `another switchboard process (pid ${owner.pid}, ${owner.command})`
      : 'another process';
  return new Error(
    `${who} holds ${shown(error.dataDir)} (one process at a time); ${advice({ url: owner?.url ?? null })}`,
  );
}

const POSTGRES = 'or set DATABASE_URL to share one PostgreSQL database between processes';

/** Per command: how to proceed while the directory is held. */
export const ADVICE = {
  keys: () =>
    `stop it, run this keys command, then start it again (the server reads keys from the database on every request), ${POSTGRES}`,
  read: (what: string, path: string) => (holder: { url: string | null }) =>
    holder.url
      ? `read ${what} from it instead (the dashboard at ${holder.url}/ or GET ${holder.url}${path}), or stop it first, ${POSTGRES}`
      : `wait for it to finish or stop it, ${POSTGRES}`,
  migrate: () => 'it migrated the database when it opened it: nothing to do while it runs',
  serve: () => `stop it first, or serve another directory (SWITCHBOARD_DATA_DIR=…), ${POSTGRES}`,
  chat: (holder: { url: string | null }) =>
    holder.url
      ? `drop --model to chat through it (its model answers), or stop it first`
      : `wait for it to finish or stop it, or chat through a server with --server URL, ${POSTGRES}`,
} satisfies Record<string, HeldAdvice | ((...args: string[]) => HeldAdvice)>;
