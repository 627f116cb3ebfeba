import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail } from '../../web/src/api/types.ts';
import { buildTimeline, type TimelineEntry } from '../../web/src/lib/timeline.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

/** A compact, readable form of the timeline: one string per row. */
function shape(entries: TimelineEntry[]): string[] {
  return entries.map((e) => {
    switch (e.kind) {
      case 'user':
        return `user: ${e.text}`;
      case 'reply':
        return `reply ${e.agent}${e.operator ? ` (operator ${e.operator})` : ''}`;
      case 'tool':
        return `tool ${e.tool}${e.hasResult ? ' ✓' : ''}`;
      case 'handoff':
        return `handoff ${e.handoff.from}->${e.handoff.to} ${e.handoff.kind}`;
      default:
        return `notice ${e.tone}`;
    }
  });
}

describe('the transcript timeline built from a real conversation (support graph, offline model)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const conversation = async () =>
    (await server.request('POST', '/v1/conversations', { body: { graph: 'support' } })).body.id as string;
  const say = (id: string, text: string) =>
    server.request('POST', `/v1/conversations/${id}/messages`, { body: { text } });
  const detail = async (id: string) =>
    (await server.request('GET', `/v1/conversations/${id}`)).body as ConversationDetail;

  it('puts each handoff marker where control passed, shows the cap warning of the third topic change, and pairs tools with results', async () => {
    const id = await conversation();
    await say(id, 'hi, I think I was charged twice on invoice INV-2041');
    await say(id, 'also my webhooks keep failing');
    await say(id, 'one more thing, what does the Growth plan cost?');
    const timeline = buildTimeline(await detail(id));
    expect(shape(timeline)).toEqual([
      'user: hi, I think I was charged twice on invoice INV-2041',
      'handoff Triage->Billing handoff',
      'tool lookup_invoice ✓',
      'reply Billing',
      'user: also my webhooks keep failing',
      'handoff Billing->Triage handoff',
      'handoff Triage->TechSupport handoff',
      'tool run_webhook_diagnostic ✓',
      'reply TechSupport',
      'user: one more thing, what does the Growth plan cost?',
      'handoff TechSupport->Triage handoff',
      'handoff Triage->Sales handoff',
      // A handback and its routing on count as one reroute (rerouteCount.ts): the third topic change
      // reaches the policy's warnAt (3). Its notice is placed by the timeline after this turn's tools.
      'tool lookup_pricing ✓',
      'notice warning',
      'reply Sales',
    ]);
    const marker = timeline.find((e) => e.kind === 'handoff');
    expect(marker?.kind === 'handoff' && marker.handoff.reason).toContain('charged twice');
    const tool = timeline.find((e) => e.kind === 'tool');
    expect(tool?.kind === 'tool' && tool.args).toMatchObject({ invoiceId: 'INV-2041' });
    expect(tool?.kind === 'tool' && tool.result).toMatchObject({ invoiceId: 'INV-2041', found: true });
  }, 90_000); // the first turn trains the offline router

  // A refund over $500 used to be the policy escalation here; it now waits for approval with Billing
  // (docs/approvals.md), so the escalation is the customer asking for a person.
  it('shows the escalation, marks operator replies and ends with the handback', async () => {
    const id = await conversation();
    await say(id, 'I was charged twice on invoice INV-2043');
    await say(id, 'let me talk to a real person');
    await server.request('POST', `/v1/conversations/${id}/operator-messages`, {
      body: { text: 'Dana here: I approved the refund.', operator: 'dana' },
    });
    await server.request('POST', `/v1/conversations/${id}/handback`, {
      body: { agent: 'Billing', reason: 'approved' },
    });
    expect(shape(buildTimeline(await detail(id)))).toEqual([
      'user: I was charged twice on invoice INV-2043',
      'handoff Triage->Billing handoff',
      'tool lookup_invoice ✓',
      'reply Billing',
      'user: let me talk to a real person',
      'handoff Billing->Human handoff',
      'reply Human',
      'reply Human (operator dana)',
      'handoff Human->Billing handoff',
    ]);
  });

  it('gives an empty conversation an empty timeline', async () => {
    expect(buildTimeline(await detail(await conversation()))).toEqual([]);
  });
});
