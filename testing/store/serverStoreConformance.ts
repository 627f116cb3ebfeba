import { describe } from 'vitest';
import type { ConversationStore } from '../../src/store/types.ts';
import { apiKeyConformance } from './conformance/apiKeys.ts';
import { approvalConformance } from './conformance/approvals.ts';
import { suiteStore } from './conformance/fixtures.ts';
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
    const current = suiteStore(factory);

    describe('API keys', () => apiKeyConformance(current));
    describe('handoff counts per edge', () => handoffEdgeConformance(current));
    describe('learnt routers', () => learnedRouterConformance(current));
    describe('approvals', () => approvalConformance(current));
  });
}
