import { fileURLToPath } from 'node:url';

/**
 * The `switchboard` command as users run it (`npx switchboard`, `npm start`): bin/switchboard.mjs, for
 * `process.execPath`. It runs the build when the build is current (`npm ci` builds it, so on CI it is)
 * and the sources through tsx when they changed since, so a test of an edited checkout still runs the
 * edit. On the build a command starts in about a fifth of the CPU tsx needs to compile the sources.
 */
export const SWITCHBOARD_BIN = fileURLToPath(new URL('../../../bin/switchboard.mjs', import.meta.url));
