import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Account is ACC-1006, Kim Legal Partners", said to the tech desk after it checked a webhook, was handed to
// a person as if legal action were threatened: the router's legal topic read the firm's name. A business's
// name says who the customer is; a threat of legal action still reaches a person.
describe('a business named like a topic is not that topic', () => {
  it('keeps the conversation with the tech desk when the firm is named', async () => {
    const o = await converse(
      'support',
      [
        'our webhook WH-304 keeps timing out',
        'Account is ACC-1006, Kim Legal Partners',
        'ok how do we fix it?',
      ],
      { tool: 'run_webhook_diagnostic', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.map((t) => t.agent)).toEqual(['TechSupport', 'TechSupport', 'TechSupport']);
    expect(o.turns[2].reply).toMatch(/200 right away/);
  }, 180_000);

  it('still hands a customer threatening to sue to a person', async () => {
    const o = await converse('support', ["I'm going to sue you over INV-2042, Kim Legal Partners"], {
      handoff: 'Human',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
