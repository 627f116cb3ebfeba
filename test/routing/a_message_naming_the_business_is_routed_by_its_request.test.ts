import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { GraphValidationError } from '../../src/graph/graphValidation.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { withoutOwnBusinessNames } from '../../src/routing/ownBusinessName.ts';
import { converse, toolsOf } from '../models/offlineScenario.ts';

describe('a message that names the business it was sent to', () => {
  it('reads the customer’s own thing without the business’s name, said any way customers say it', () => {
    expect(withoutOwnBusinessNames("I can't log into my Relay Cloud account", ['Relay Cloud'])).toBe(
      "I can't log into my account",
    );
    expect(withoutOwnBusinessNames('I want to move our gloss and blade booking', ['Gloss & Blade'])).toBe(
      'I want to move our booking',
    );
    expect(
      withoutOwnBusinessNames("my Keystone Realty's agent never called", ['Keystone', 'Keystone Realty']),
    ).toBe('my agent never called');
    // Elsewhere the name stays: a prospect says it of the business they may join.
    expect(withoutOwnBusinessNames('thinking of switching to Relay Cloud', ['Relay Cloud'])).toBe(
      'thinking of switching to Relay Cloud',
    );
    // Only whole names: a word that merely contains one stays.
    expect(withoutOwnBusinessNames('my relay cloudy weather', ['Relay Cloud'])).toBe(
      'my relay cloudy weather',
    );
    expect(withoutOwnBusinessNames('close my account', [])).toBe('close my account');
  });

  it('routes by the request, not by the unknown words of the name', async () => {
    const support = await loadGraph('support');
    const triage = createAgentRouter(support, support.entry);
    // Before: unsure (0.30 and 0.39), and the caller heard the front desk's list of topics.
    expect(triage.route("I can't log into my Relay Cloud account")).toMatchObject({
      decision: 'handoff',
      target: 'TechSupport',
    });
    expect(triage.route('my dad wants to close his Relay Cloud account')).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
  });

  it('takes a caller who names the company to the desk that resets their password', async () => {
    const o = await converse('support', ["I can't log into my Relay Cloud account"], {
      handoff: 'TechSupport',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('TechSupport');
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('transfer_to_Human');
  }, 120_000);

  it('refuses a business name with nothing in it', () => {
    const spec = {
      name: 'demo',
      entry: 'Triage',
      businessNames: ['Relay Cloud', ' & '],
      agents: [{ name: 'Triage', instructions: 'route' }],
    };
    expect(() => defineGraph(spec)).toThrow(GraphValidationError);
    expect(defineGraph({ ...spec, businessNames: ['Relay Cloud'] }).businessNames).toEqual(['Relay Cloud']);
  });
});
