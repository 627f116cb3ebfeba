import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Quick question first — am I talking to a real person or a robot?" was handed to a person, and the
// colour quote and the booking asked next waited in that queue. Whoever answers says plainly it is an
// automated assistant and that a person is there on request; the rest of the message goes on; asking
// outright to talk to a person still reaches one.
describe('a customer asking if we are a machine is told', () => {
  it('says it is automated, then quotes the colour asked next', async () => {
    const o = await converse(
      'salon',
      [
        'Quick question first — am I talking to a real person or a robot?',
        'Ha, fair enough. How much would balayage be on long hair?',
      ],
      { tool: 'color_quote', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^I'm an automated assistant, not a person/);
  }, 180_000);

  it('answers and goes on with the request in the same message', async () => {
    const o = await converse('support', ['are you a bot? i need to reset my password'], {
      handoff: 'TechSupport',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^I'm an automated assistant, not a person.*account ID/);
  }, 180_000);

  it('still passes a customer asking for a real person to one', async () => {
    const o = await converse('healthcare', ['is this a real person', 'i want to talk to a real person'], {
      handoff: 'Human',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual([]);
  }, 180_000);
});
