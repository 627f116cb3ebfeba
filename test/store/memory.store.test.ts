import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { describeStoreConformance } from '../../testing/store/storeConformance.ts';

describeStoreConformance('memory', async () => createMemoryStore());
