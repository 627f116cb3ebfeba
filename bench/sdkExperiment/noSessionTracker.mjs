// A measurement, never loaded by src/: `--import ./bench/sdkExperiment/noSessionTracker.mjs` serves
// @openai/agents-core 0.20.0's runner/sessionPersistence.mjs, in memory only (node_modules is not
// touched), with one change: a run without a session gets a session-persistence tracker that does
// nothing. That is the SDK fix docs/turn-cpu.md (sixth round, 2026-11-25) proposes upstream; this
// measures what it would save. Switchboard passes no session, so the tracker's work (a structuredClone
// of every input item per run, JSON.stringify keys of every item twice per model call, reconciliation
// after each call) feeds nothing. Throws if the SDK's source no longer has the function it patches.
import { register } from 'node:module';

register('./noSessionTracker.hooks.mjs', import.meta.url);
