import { describeRoutingGate } from '../../support/eval/routingGate.ts';

/**
 * CI gate: the salon template's routing, scored by the real CLI on the offline model. The bars sit
 * just under what was measured when they were set (routing.jsonl 0.881, scenarios.jsonl 0.755; 0.857 and 0.837 earlier the same day, before a change to the shared router threshold); raise them when routing improves,
 * never lower them to get green.
 */
describeRoutingGate('salon', { 'routing.jsonl': 0.84, 'scenarios.jsonl': 0.73 });
