import { describeRoutingGate } from '../../support/eval/routingGate.ts';

/**
 * CI gate: the real-estate template's routing, scored by the real CLI on the offline model. The bars sit
 * just under what was measured when they were set (routing.jsonl 0.851, scenarios.jsonl 0.800; 0.843 and 0.725 earlier the same day, before a change to the shared router threshold); raise them when routing improves,
 * never lower them to get green.
 */
describeRoutingGate('real-estate', { 'routing.jsonl': 0.82, 'scenarios.jsonl': 0.7 });
