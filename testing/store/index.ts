// `switchboard/testing/store`: the conformance suites every ConversationStore passes (memory, PGlite,
// PostgreSQL), to run against a store of your own. They declare vitest tests, so vitest must be installed.

export { type RewriteStoredVersion, rewriteSqlStoredVersion } from './conformance/storedJson.ts';
export { describeServerStoreConformance } from './serverStoreConformance.ts';
export type { DurableStorage, StoreConformanceOptions } from './storeConformance.ts';
export { describeStoreConformance } from './storeConformance.ts';
