// `switchboard/testing/store`: the conformance suites every ConversationStore passes (memory, PGlite,
// PostgreSQL), to run against a store of your own. They declare vitest tests, so vitest must be installed.
export { describeServerStoreConformance } from '../src/store/serverStoreConformance.ts';
export { describeStoreConformance } from '../src/store/storeConformance.ts';
