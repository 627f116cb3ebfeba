import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

// Dialogue batch 23's callers tell a story before they ask: "under my cell number" is the caller's phone,
// not a thing of a "cell" (WordNet's first sense is a biologist's), so the clinic hands on the move. A
// foreign thing the customer has trouble with still keeps the message, and so does one that owns the
// thing acted on.
async function routeAt(template: string, entry: string, text: string) {
  const graph = await loadGraph(template);
  return createAgentRouter(graph as never, entry).route(text);
}

describe('the entry keeps a story apart from the request', () => {
  it('hands on a move of an appointment booked "under my cell number"', async () => {
    const d = await routeAt(
      'after-hours',
      'Root',
      "Hi, this is Dana Ruiz. I booked an appointment with Dr. Okafor for next Monday at 1:30, under my cell number 555-0134. I'd like to push it to the Wednesday of next week instead",
    );
    expect(d.decision).toBe('handoff');
    expect(d.target).toBe('ClinicalLead');
  });

  it('still keeps a bank card in trouble, and a dentist who owns the appointment', async () => {
    const bank = await routeAt(
      'after-hours',
      'Root',
      'my bank card got declined at the gas station, can you check my balance',
    );
    expect(bank.decision).toBe('stay');
    const dentist = await routeAt('salon', 'FrontDesk', 'I need to cancel my dentist appointment');
    expect(dentist.decision).toBe('stay');
  });
});
