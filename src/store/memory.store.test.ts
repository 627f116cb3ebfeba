import { createMemoryStore } from './memoryStore.ts';
import { describeStoreConformance } from './storeConformance.ts';

describeStoreConformance('memory', async () => createMemoryStore());
