// Module hooks for noSessionTracker.mjs (see there): rewrite one SDK module as it loads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TARGET = '@openai/agents-core/dist/runner/sessionPersistence.mjs';
const MARKER = 'export function createSessionPersistenceTracker(options) {';
// The tracker's methods are only ever called with `?.` by run.mjs, so absent ones are skipped.
const NO_SESSION = `
    if (options.session === undefined && !options.resumingFromState) {
        return {
            setPreparedItems() {},
            getItemsForPersistence: () => undefined,
            buildPersistInputOnce: () => undefined,
        };
    }`;

export async function load(url, context, next) {
  if (!url.endsWith(TARGET)) return next(url, context);
  const source = readFileSync(fileURLToPath(url), 'utf8');
  if (!source.includes(MARKER))
    throw new Error(`noSessionTracker: ${TARGET} changed, the experiment no longer applies`);
  return { format: 'module', source: source.replace(MARKER, `${MARKER}${NO_SESSION}`), shortCircuit: true };
}
