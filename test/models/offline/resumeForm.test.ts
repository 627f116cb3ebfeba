import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { handoffToAsker, withoutAsides } from '../../../src/models/offline/forms/resumeForm.ts';
import { nameBeforeBirthDate } from '../../../src/models/offline/forms/slotValues.ts';

/** The SDK's items for a transfer: the handoff call and its `{"assistant": …}` result. */
const transfer = (tool: string, to: string, id: string) => [
  { type: 'function_call', name: tool, callId: id, arguments: '{}' },
  { type: 'function_call_result', name: tool, callId: id, output: JSON.stringify({ assistant: to }) },
];
const user = (content: string) => ({ role: 'user', content });
const assistant = (content: string) => ({ role: 'assistant', content });

describe('returning to a form after an aside another agent answered', () => {
  it('passes the answer back to the asker, which reads it right after its question', async () => {
    const graph = await loadGraph('real-estate');
    const tour = graph.byName.get('Triage')!.handoffs.find((e) => e.to === 'TourBooker')!.toolName;
    const hood = graph.byName.get('Triage')!.handoffs.find((e) => e.to === 'NeighborhoodExplainer')!.toolName;
    const back = graph.byName.get('NeighborhoodExplainer')!.handoffs.find((e) => e.to === 'Triage')!.toolName;
    const history: any[] = [
      user("I'd like to see LST-1001 on Friday at 3pm"),
      ...transfer(tour, 'TourBooker', 'c1'),
      assistant('May I have your full name?'),
      user('is Maplewood good for schools?'),
      ...transfer(back, 'Triage', 'c2'),
      ...transfer(hood, 'NeighborhoodExplainer', 'c3'),
      assistant('Maplewood is leafy and family-oriented.'),
      user('Lena Ortiz'),
    ];
    const enabled = graph.byName.get('NeighborhoodExplainer')!.handoffs.map((e) => e.toolName);
    const common = { graph, input: history, enabledHandoffs: enabled, confidence: 0.85 };
    // The aside's agent has no edge to TourBooker: back to the entry agent, which passes it on.
    expect(
      handoffToAsker({ ...common, agentName: 'NeighborhoodExplainer', text: 'Lena Ortiz' })?.toolName,
    ).toBe(back);
    const triageEdges = graph.byName.get('Triage')!.handoffs.map((e) => e.toolName);
    expect(
      handoffToAsker({ ...common, enabledHandoffs: triageEdges, agentName: 'Triage', text: 'Lena Ortiz' })
        ?.toolName,
    ).toBe(tour);
    // A question is not an answer: it stays where it is.
    const asking = [...history.slice(0, -1), user('what about Riverside?')];
    expect(
      handoffToAsker({
        ...common,
        input: asking,
        agentName: 'NeighborhoodExplainer',
        text: 'what about Riverside?',
      }),
    ).toBeUndefined();
    // TourBooker's view: its question, then the name (aside and transfers left out); others' views unchanged.
    const seen = withoutAsides(graph, 'TourBooker', history) as any[];
    expect(seen.slice(-2).map((i) => i.content)).toEqual(['May I have your full name?', 'Lena Ortiz']);
    expect(withoutAsides(graph, 'Triage', history)).toBe(history);
  });

  it('reads a name followed by a birth date in any written form', () => {
    expect(nameBeforeBirthDate('Marcus Bell july 4 1990')).toBe('Marcus Bell');
    expect(nameBeforeBirthDate('Grace Liu, 14 Sept 1952')).toBe('Grace Liu');
    expect(nameBeforeBirthDate('Dana Ruiz 1984-03-12')).toBe('Dana Ruiz');
    expect(nameBeforeBirthDate('Book me on June 5 2031')).toBeUndefined();
  });
});
