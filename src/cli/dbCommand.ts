import type { Command } from 'commander';
import { openStore } from '../store/openStore.ts';
import { ADVICE, heldDataDirLine } from './heldDataDir.ts';
import { exitWithError } from './output.ts';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations (PostgreSQL with DATABASE_URL, else the embedded database)')
    .action(async () => {
      try {
        const store = await openStore(); // opening migrates
        process.stdout.write(`migrations applied (${store.kind})\n`);
        await store.close();
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.migrate) ?? error);
      }
    });
}
