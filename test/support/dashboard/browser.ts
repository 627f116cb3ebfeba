import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB_DIR } from '../../../src/dashboard/webBuild.ts';

/** Debian's Chromium (apt-get install chromium); playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.SWITCHBOARD_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Like the PostgreSQL suite: without Chromium they are
 * skipped with the reason printed, except under CI=true, where a missing browser is a failure.
 */
export function browserAvailability(): { run: boolean; reason: string | null } {
  if (existsSync(CHROMIUM)) return { run: true, reason: null };
  const reason = `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.CI === 'true') throw new Error(`browser tests need Chromium under CI: ${reason}`);
  console.warn(`dashboard browser tests skipped: ${reason}`);
  return { run: false, reason };
}

/** Flags for a closed network: no background connections, no first-run or sync machinery. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export type TestBrowser = {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page since launch: a working dashboard has none. */
  pageErrors: string[];
  close(): Promise<void>;
};

/**
 * Chromium on a fresh profile directory (removed on close), one page at 1280×800. `args` adds flags
 * (the voice test's fake microphone).
 */
export async function launchBrowser(options: { args?: string[] } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, ...(options.args ?? [])],
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** test-output/screenshots at the repository root; the folder ignores itself in git. */
export const SCREENSHOT_DIR = resolve(WEB_DIR, '..', 'test-output', 'screenshots');

export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const root = resolve(SCREENSHOT_DIR, '..');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (!existsSync(join(root, '.gitignore'))) writeFileSync(join(root, '.gitignore'), '*\n');
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}
