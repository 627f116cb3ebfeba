import { afterAll, beforeAll, describe } from 'vitest';
import type { ConversationStore } from '../../src/store/types.ts';
import { apiKeyConformance } from './conformance/apiKeys.ts';
import { approvalConformance } from './conformance/approvals.ts';
import { handoffEdgeConformance } from './conformance/handoffEdges.ts';
import { learnedRouterConformance } from './conformance/learnedRouters.ts';

/**
 * What the HTTP server keeps beside conversations (API keys, edge counts), run against every backend
 * like `describeStoreConformance`. `factory` returns a fresh migrated store used by the whole suite.
 */
export function describeServerStoreConformance(
  name: string,
  factory: () => Promise<ConversationStore>,
): void {
  describe(`server store conformance: ${name}`, () => {
    let store: ConversationStore | undefined;
    const current = (): ConversationStore => {
      if (!store) throw new Error('store factory failed');
      return store;
    };
    beforeAll(async () => {
      store = await factory();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('API keys', () => apiKeyConformance(current));
    describe('handoff counts per edge', () => handoffEdgeConformance(current));
    describe('learnt routers', () => learnedRouterConformance(current));
    describe('approvals', () => approvalConformance(current));
  });
}
