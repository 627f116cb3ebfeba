import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layout of docs/testing.md: tests and test-only helpers live under test/, the doubles users
 * import under testing/ (published as `switchboard/testing`), production code under src/ and
 * templates/. Production code imports nothing from test/, and from testing/ only where a CLI feature
 * deliberately runs a shipped double; the published doubles import nothing from test/.
 */
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * `switchboard call`: `--realtime double` answers the call with the Realtime double, `--transfer`
 * plays Twilio's side of a transfer with the Twilio REST double.
 */
const PRODUCTION_USES_OF_TESTING = new Set(['src/cli/simulatedCall.ts', 'src/cli/callCommand.ts']);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(path, ...filesUnder(path));
    else out.push(path);
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\s*\(\s*)['"](\.{1,2}\/[^'"?]+)['"]/g;

/** Repo-relative targets of a file's relative imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => relative(ROOT, resolve(ROOT, dirname(file), m[1])));
}

const production = [...filesUnder('src'), ...filesUnder('templates')];
const code = (f: string) => /\.(ts|tsx|mts)$/.test(f);

describe('where tests and test doubles live', () => {
  it('keeps test files and testing/ folders out of src/ and templates/', () => {
    const misplaced = production.filter(
      (f) => /\.test\.(ts|tsx|mts)$/.test(f) || /(^|\/)testing(\/|$)/.test(f),
    );
    expect(misplaced).toEqual([]);
  });

  it('lets production code import nothing from test/, and from testing/ only for the CLI’s double', () => {
    const crossings = production
      .filter(code)
      .flatMap((f) => importsOf(f).map((target) => [f, target]))
      .filter(
        ([f, target]) =>
          target.startsWith('test/') || (target.startsWith('testing/') && !PRODUCTION_USES_OF_TESTING.has(f)),
      );
    expect(crossings).toEqual([]);
    // The exception is real: the file still runs the double (else drop it from the list).
    for (const f of PRODUCTION_USES_OF_TESTING)
      expect(importsOf(f).some((target) => target.startsWith('testing/'))).toBe(true);
  });

  it('ships doubles that import nothing from test/', () => {
    const crossings = filesUnder('testing')
      .filter(code)
      .flatMap((f) => importsOf(f).map((target) => [f, target]))
      .filter(([, target]) => target.startsWith('test/'));
    expect(crossings).toEqual([]);
  });
});
