import { ensureWebBuild } from './webBuild.ts';

/* `npm start`'s prestart: build the dashboard only when web/dist is missing or older than web/. */
try {
  const state = await ensureWebBuild();
  if (state !== 'fresh') console.error(`dashboard: web/dist was ${state}, built it`);
} catch (error) {
  console.error(`dashboard: ${(error as Error).message}`);
  process.exitCode = 1;
}
