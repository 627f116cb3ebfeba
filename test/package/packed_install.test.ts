import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript module of the bin, without declarations
import { buildIsCurrent } from '../../bin/buildIsCurrent.mjs';

// A user's project: the packed tarball installed from scratch, used with plain `node` (no tsx), its
// declarations type-checked, and its `switchboard` bin run, exactly as after `npm install switchboard`.
const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'sb-packed-'));
const project = join(work, 'app');
const npm = (args: string[], cwd: string) =>
  run('npm', args, {
    cwd,
    timeout: 300_000,
    maxBuffer: 32 * 1024 * 1024,
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

beforeAll(async () => {
  // `npm pack` builds first (prepack). When dist/ is already a build of these sources (`npm ci` built
  // it on CI) the tarball is packed from it as it stands: building again would take dist/ away for a
  // minute from the other tests, which run the built `switchboard` command (test/support/cli).
  const current = buildIsCurrent(repo) && existsSync(join(repo, 'web', 'dist', 'index.html'));
  await npm(['pack', ...(current ? ['--ignore-scripts'] : []), '--pack-destination', work], repo);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  await run('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  );
  await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], project);
}, 600_000);
// The installed project's node_modules: removing it can take longer than the default hook timeout.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** One offline `chat --json` turn on the support graph in the user's project, with its own data dir. */
function chatTurn(command: string, prefix: string[], data: string) {
  return run(
    command,
    [
      ...prefix,
      'chat',
      '--graph',
      'support',
      '--message',
      'I was charged twice on my last invoice',
      '--json',
    ],
    {
      cwd: project,
      timeout: 120_000,
      env: {
        ...process.env,
        SWITCHBOARD_DATA_DIR: join(work, data),
        DATABASE_URL: '',
        SWITCHBOARD_MODEL: 'offline',
      },
    },
  );
}

/** Runs a script in the user's project with plain `node` and parses the JSON it prints. */
async function nodeScript(file: string, lines: string[]) {
  writeFileSync(join(project, file), lines.join('\n'));
  const { stdout } = await run(process.execPath, [file], { cwd: project });
  return JSON.parse(stdout);
}

describe('the packed package in a fresh project', () => {
  it('ships only what users need', () => {
    const installed = readdirSync(join(project, 'node_modules', 'switchboard')).sort();
    expect(installed).toEqual(expect.arrayContaining(['bin', 'dist', 'package.json', 'README.md', 'web']));
    expect(installed).not.toContain('src');
    expect(installed).not.toContain('node_modules');
  });

  it('imports defineGraph and defineTool with plain node', async () => {
    const printed = await nodeScript('plain.mjs', [
      "import { defineGraph, defineTool, z } from 'switchboard';",
      "import { scriptedModels, startRealtimeDouble } from 'switchboard/testing';",
      "import { defineTool as authoringDefineTool } from 'switchboard/authoring';",
      "if (authoringDefineTool !== defineTool) throw new Error('switchboard/authoring is not the same API');",
      "const tool = defineTool({ name: 'ping', description: 'ping', parameters: z.object({}), execute: async () => 'pong' });",
      "const graph = defineGraph({ name: 'tiny', entry: 'Desk', agents: [{ name: 'Desk', instructions: 'Help.', tools: [tool] }] });",
      'console.log(JSON.stringify({ name: graph.name, tool: typeof tool, scripted: typeof scriptedModels, realtime: typeof startRealtimeDouble }));',
    ]);
    expect(printed).toEqual({
      name: 'tiny',
      tool: 'object',
      scripted: 'function',
      realtime: 'function',
    });
  });

  it('type-checks a graph against the shipped declarations, and refuses a wrong one', async () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        include: ['*.ts'],
      }),
    );
    writeFileSync(
      join(project, 'graph.ts'),
      "import { defineGraph, type GraphSpec } from 'switchboard';\n" +
        "const spec: GraphSpec = { name: 'tiny', entry: 'Desk', agents: [{ name: 'Desk', instructions: 'Help.' }] };\n" +
        'export default defineGraph(spec);\n',
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(process.execPath, [tsc, '-p', project], { cwd: project });
    writeFileSync(
      join(project, 'wrong.ts'),
      "import { defineGraph } from 'switchboard';\ndefineGraph({ name: 42 });\n",
    );
    const wrong = await run(process.execPath, [tsc, '-p', project], { cwd: project }).catch((error) => error);
    expect(String(wrong.stdout)).toMatch(/wrong\.ts/);
    rmSync(join(project, 'wrong.ts'));
  });

  it('runs `npx switchboard chat --message … --json`', async () => {
    const { stdout } = await chatTurn('npx', ['switchboard'], 'data');
    const turn = JSON.parse(stdout);
    expect(turn.agent).toBe('Billing');
    expect(turn.handoffs[0]).toMatchObject({ from: 'Triage', to: 'Billing', kind: 'handoff' });
  });

  it('answers a turn from the bundled CLI as from the compiled modules', async () => {
    const cli = './node_modules/switchboard/dist';
    const turn = async (entry: string, data: string) => {
      const { stdout } = await chatTurn(process.execPath, [entry], data);
      const { conversationId, ...rest } = JSON.parse(stdout);
      expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
      return rest;
    };
    const bundled = await turn(`${cli}/bundle/cli.mjs`, 'data-bundled');
    expect(bundled.agent).toBe('Billing');
    expect(bundled).toEqual(await turn(`${cli}/src/cli/main.js`, 'data-compiled'));
    // Two cold CLI starts in a row: over the 30 s default on a loaded two-core machine (CI, 2026-11-27).
  }, 120_000);

  it('runs a graph written in TypeScript (`--graph ./graph.ts`) with plain node', async () => {
    writeFileSync(
      join(project, 'desk.ts'),
      "import { defineGraph, type GraphSpec } from 'switchboard';\n" +
        "const spec: GraphSpec = { name: 'desk', entry: 'Desk', agents: [{ name: 'Desk', instructions: 'Help.' }] };\n" +
        'export default defineGraph(spec);\n',
    );
    const { stdout } = await run(
      'npx',
      ['switchboard', 'chat', '--graph', './desk.ts', '--message', 'hello there', '--json'],
      {
        cwd: project,
        timeout: 120_000,
        env: {
          ...process.env,
          SWITCHBOARD_DATA_DIR: join(work, 'data-ts'),
          DATABASE_URL: '',
          SWITCHBOARD_MODEL: 'offline',
        },
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ agent: 'Desk', status: 'active' });
    // A cold CLI start through npx: over the 30 s default on a loaded two-core machine (CI, 2026-11-29).
  }, 120_000);

  it("ships the templates' trained routers, which fit the shipped code (so the CLI does not train them)", async () => {
    const dist = './node_modules/switchboard/dist';
    const fits = await nodeScript('snapshots.mjs', [
      "import { readFileSync } from 'node:fs';",
      "import { defineGraph } from 'switchboard';",
      `import { TEMPLATE_LOADERS } from '${dist}/templates/catalogue.js';`,
      `import { restoreRouterSnapshot } from '${dist}/src/routing/routerSnapshot.js';`,
      'const fits = {};',
      'for (const [name, load] of Object.entries(TEMPLATE_LOADERS)) {',
      `  const snapshot = JSON.parse(readFileSync(\`${dist}/routers/\${name}.json\`, 'utf8'));`,
      '  fits[name] = restoreRouterSnapshot(defineGraph(await load()), snapshot) !== null;',
      '}',
      'console.log(JSON.stringify(fits));',
    ]);
    expect(Object.keys(fits).length).toBeGreaterThanOrEqual(5);
    expect(Object.values(fits).every(Boolean)).toBe(true);
  });
});
