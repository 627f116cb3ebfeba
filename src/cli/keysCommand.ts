import type { Command } from 'commander';
import { type ApiKey, apiKeyStoreFor } from '../store/apiKeys.ts';
import { openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';
import { ADVICE, heldDataDirLine } from './heldDataDir.ts';
import { bold, dim, exitWithError, printJson, yellow } from './output.ts';

async function withKeys<T>(fn: (keys: Awaited<ReturnType<typeof apiKeyStoreFor>>) => Promise<T>): Promise<T> {
  let store: ConversationStore | undefined;
  try {
    store = await openStore();
    return await fn(await apiKeyStoreFor(store));
  } finally {
    await store?.close();
  }
}

const keyJson = (k: ApiKey) => ({
  id: k.id,
  tenant: k.tenant,
  name: k.name,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

/**
 * API keys of `switchboard serve`, in the same database (DATABASE_URL or the embedded one). The
 * embedded database is locked by the process that opens it: while a server holds it, these commands
 * refuse with one line (no HTTP route mints keys, on purpose: a tenant's key must not create keys).
 */
export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('API keys for the HTTP server (scoped to a tenant)');

  keys
    .command('create')
    .description('create a key; it is printed once and stored only as a hash')
    .requiredOption('--tenant <name>', 'tenant the key belongs to')
    .option('--name <label>', 'what the key is for')
    .option('--json', 'machine-readable output')
    .action(async (opts: { tenant: string; name?: string; json?: boolean }) => {
      try {
        const created = await withKeys((k) => k.create({ tenant: opts.tenant, name: opts.name }));
        if (opts.json) printJson({ ...keyJson(created), key: created.key });
        else
          process.stdout.write(
            `${bold(created.key)}\n` +
              `${dim(`id ${created.id} · tenant ${created.tenant}${created.name ? ` · ${created.name}` : ''}`)}\n` +
              `${yellow('Store it now: it is shown only this once.')}\n`,
          );
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.keys) ?? error);
      }
    });

  keys
    .command('list')
    .option('--tenant <name>', 'only this tenant')
    .option('--all', 'include revoked keys')
    .option('--json', 'machine-readable output')
    .action(async (opts: { tenant?: string; all?: boolean; json?: boolean }) => {
      try {
        const rows = await withKeys((k) => k.list({ tenant: opts.tenant, includeRevoked: !!opts.all }));
        if (opts.json) printJson(rows.map(keyJson));
        else if (rows.length === 0) process.stdout.write('no keys\n');
        else
          for (const k of rows)
            process.stdout.write(
              `${k.id}  ${k.prefix}…  ${k.tenant.padEnd(16)} ${(k.name ?? '').padEnd(20)} ${dim(k.createdAt.toISOString())}${k.revokedAt ? yellow(' revoked') : ''}\n`,
            );
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.keys) ?? error);
      }
    });

  keys
    .command('revoke <id>')
    .description('revoke a key (requests with it get 403)')
    .action(async (id: string) => {
      try {
        const revoked = await withKeys((k) => k.revoke(id));
        process.stdout.write(`revoked ${revoked.id} (${revoked.prefix}…, tenant ${revoked.tenant})\n`);
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.keys) ?? error);
      }
    });
}
