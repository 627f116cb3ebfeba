import { describe, expect, it } from 'vitest';
import {
  createAgentRouter,
  DEFAULT_ROUTER_THRESHOLD,
  hasTopicWord,
  type RouteDecision,
} from '../../src/routing/agentRouter.ts';
import { BILLING_HELD_OUT, TRIAGE_HELD_OUT } from '../../src/routing/fixtures/heldOutSentences.ts';
import { buildSupportGraph } from '../../src/routing/fixtures/supportGraph.ts';
import { buildRouterDocs } from '../../src/routing/routerTrainingSet.ts';

const outcome = (d: RouteDecision) => (d.decision === 'handoff' ? d.target : d.decision);

describe('agent router on a 3-specialist support graph', () => {
  const graph = buildSupportGraph();

  it('held-out sentences were not copied from the training texts', () => {
    const training = new Set(
      graph.agents.flatMap((a) => buildRouterDocs(graph, a.name)).map((d) => d.text.toLowerCase().trim()),
    );
    for (const { text } of [...TRIAGE_HELD_OUT, ...BILLING_HELD_OUT]) {
      expect(training.has(text.toLowerCase().trim()), text).toBe(false);
    }
  });

  it('routes ≥ 85% of 40 held-out sentences from Triage to the right place', () => {
    // threshold 0: measure the classifier's own choice, unsure never hides a mistake here.
    const router = createAgentRouter(graph, 'Triage', { threshold: 0 });
    const results = TRIAGE_HELD_OUT.map((h) => ({ ...h, got: outcome(router.route(h.text)) }));
    const correct = results.filter((r) => r.got === r.expect);
    const accuracy = correct.length / results.length;
    console.info(
      `[agentRouter] Triage held-out accuracy ${correct.length}/${results.length} = ${accuracy.toFixed(3)}; misses: ${results
        .filter((r) => r.got !== r.expect)
        .map((r) => `"${r.text}"→${r.got}`)
        .join('; ')}`,
    );
    expect(results.length).toBeGreaterThanOrEqual(30);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('at the default threshold, confident decisions are right and few are unsure', () => {
    const router = createAgentRouter(graph, 'Triage');
    expect(router.threshold).toBe(DEFAULT_ROUTER_THRESHOLD);
    const decided = TRIAGE_HELD_OUT.map((h) => ({ ...h, d: router.route(h.text) }));
    const sure = decided.filter((r) => r.d.decision !== 'unsure');
    const precision = sure.filter((r) => outcome(r.d) === r.expect).length / sure.length;
    const unsureRate = 1 - sure.length / decided.length;
    console.info(
      `[agentRouter] threshold ${router.threshold}: precision ${precision.toFixed(3)}, unsure ${unsureRate.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(unsureRate).toBeLessThanOrEqual(0.15);
  });

  it('writes a specific reason and an intent slug for a handoff', () => {
    const router = createAgentRouter(graph, 'Triage');
    const d = router.route('I need a refund on invoice INV-1042, you charged me twice');
    expect(d.decision).toBe('handoff');
    expect(d.toolName).toBe('transfer_to_Billing');
    expect(d.target).toBe('Billing');
    expect(d.reason).toContain('INV-1042');
    expect(d.reason).toMatch(/matched Billing: \w+/);
    expect(d.intent).toMatch(/^billing\.[a-z_]+$/);
    const term = d.intent.split('.')[1];
    expect(d.reason.toLowerCase()).toContain(term);
  });

  it('is deterministic across graph objects and trains once per graph', () => {
    const other = buildSupportGraph();
    const a = createAgentRouter(graph, 'Triage');
    const b = createAgentRouter(other, 'Triage');
    const again = createAgentRouter(graph, 'Triage', { threshold: 0.9 });
    expect(again.classifier).toBe(a.classifier);
    expect(b.classifier).not.toBe(a.classifier);
    expect(again.threshold).toBe(0.9);
    for (const { text } of TRIAGE_HELD_OUT) expect(b.route(text)).toEqual(a.route(text));
  });

  it('only lets enabled edges win and renormalises over them', () => {
    const router = createAgentRouter(graph, 'Triage', { threshold: 0 });
    const text = 'please refund the charge on my invoice';
    expect(router.route(text).toolName).toBe('transfer_to_Billing');
    const restricted = router.route(text, ['transfer_to_Sales', 'transfer_to_TechSupport']);
    expect(restricted.toolName).not.toBe('transfer_to_Billing');
    expect(restricted.ranking.map((r) => r.label).sort()).toEqual([
      'stay',
      'transfer_to_Sales',
      'transfer_to_TechSupport',
    ]);
    expect(restricted.ranking.reduce((s, r) => s + r.p, 0)).toBeCloseTo(1, 10);
    const none = router.route(text, []);
    expect(none.decision).toBe('stay');
    expect(none.toolName).toBeUndefined();
  });

  it('hands back to Triage from a specialist when the topic changes, and keeps its own topic', () => {
    const router = createAgentRouter(graph, 'Billing');
    const results = BILLING_HELD_OUT.map((h) => ({ ...h, got: outcome(router.route(h.text)) }));
    const accuracy = results.filter((r) => r.got === r.expect).length / results.length;
    console.info(`[agentRouter] Billing held-out accuracy ${accuracy.toFixed(3)} (${results.length})`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
    const d = router.route('by the way my app crashes whenever I open it');
    expect(d.decision).toBe('handoff');
    expect(d.toolName).toBe('transfer_to_Triage');
    expect(d.reason).toMatch(/^Customer changed topic: "by the way my app crashes/);
  });

  it('keeps greetings and off-topic chat with Triage', () => {
    const router = createAgentRouter(graph, 'Triage');
    for (const text of [
      'hi',
      "what's the weather",
      'tell me a joke',
      'what is the tallest mountain on earth',
    ]) {
      const d = router.route(text);
      expect(d.decision, `${text} → ${d.reason}`).not.toBe('handoff');
    }
    expect(router.route('hi').decision).toBe('stay');
  });

  it('says unsure below the threshold and never hands off then', () => {
    const strict = createAgentRouter(graph, 'Triage', { threshold: 0.999 });
    const d = strict.route('I have a problem with my account');
    expect(d.decision).toBe('unsure');
    expect(d.toolName).toBeUndefined();
    expect(d.reason).toMatch(/^Unclear request/);
    expect(createAgentRouter(graph, 'Triage').route('   ')).toMatchObject({
      decision: 'unsure',
      confidence: 0,
    });
  });

  it('is unsure about a message without words, however the digits score', () => {
    for (const agent of ['Triage', 'Billing', 'Sales']) {
      const router = createAgentRouter(graph, agent, { threshold: 0 });
      for (const text of ['2025-06-12', '$40', '12345 ?']) {
        const d = router.route(text);
        expect(d.decision, `${agent}: ${text}`).toBe('unsure');
        expect(d.toolName).toBeUndefined();
      }
    }
    expect(hasTopicWord('INV-2041')).toBe(true);
    expect(hasTopicWord('it is 2025-06-12')).toBe(false);
  });

  it('escalates to Human from any agent', () => {
    for (const agent of ['Triage', 'Billing', 'Sales']) {
      const d = createAgentRouter(graph, agent).route('I want to talk to a real person, not a bot');
      expect(d.toolName, agent).toBe('transfer_to_Human');
      expect(d.reason).toMatch(/^Customer asks for a person/);
    }
  });

  it('always stays for an agent without edges and rejects unknown agents', () => {
    const router = createAgentRouter(graph, 'Human');
    expect(router.classifier).toBeNull();
    expect(router.route('refund my invoice').decision).toBe('stay');
    expect(() => createAgentRouter(graph, 'Nobody')).toThrow(/no agent "Nobody"/);
  });

  it('is unsure when no word of the message argues for the winner (a guess from the prior)', () => {
    const router = createAgentRouter(graph, 'Triage', { threshold: 0 });
    const d = router.route('zorbly quandrix');
    expect(d.decision).toBe('unsure');
    expect(d.toolName).toBeUndefined();
  });

  it('looks past thanks and fillers to the new topic', () => {
    const router = createAgentRouter(graph, 'Billing');
    expect(router.route('ok thanks').decision).toBe('stay');
    const d = router.route('ok thanks! by the way, the app crashes every time I open it');
    expect(d.toolName).toBe('transfer_to_Triage');
  });
});
