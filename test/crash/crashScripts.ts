/*
 * What the harness says to the crash graph (crashGraph.ts, offline model). Every script crosses at
 * least one handoff and runs side-effecting tools, several of them in the same turn as a handoff
 * (a handoff + tool + reply in one committed turn), and reads the side-effect table back
 * (count_orders), so a repeated effect would also change a later reply.
 */
export const CRASH_GRAPH_PATH = 'test/crash/crashGraph.ts';
export const CRASH_GRAPH_NAME = 'crashdesk';
export const CRASH_ENTRY_AGENT = 'Desk';
/** The graph's tools that write a row into crash_orders per execution. */
export const SIDE_EFFECT_TOOLS = ['place_order', 'start_return'] as const;

export const CRASH_SCRIPTS: readonly (readonly string[])[] = [
  [
    'hello',
    'I want to order a lamp',
    'a lamp',
    'how many orders have I placed',
    'I want to return the lamp',
    'please order a chair for me',
    'thanks, bye',
  ],
  [
    'good morning',
    'buy a desk',
    'order a lamp for me',
    'return my chair',
    'refund please',
    'how many orders have I placed',
    'that is all for today',
  ],
];
