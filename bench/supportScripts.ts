/**
 * The support graph's benchmark conversations: three kinds of customer, each routed to a different
 * specialist with real tool calls. bench:server and turnCpu drive the same turns, so their CPU per
 * turn compares.
 */
export const SUPPORT_SCRIPTS = [
  [
    'hi, I think I was charged twice on invoice INV-2043',
    'when was that invoice issued?',
    'thanks, that is all',
  ],
  ['what does the Growth plan cost?', 'and how much is the Scale plan?', 'can I book a demo?'],
  ['my webhooks keep failing', 'my account is ACC-1001', 'thanks for checking'],
];
