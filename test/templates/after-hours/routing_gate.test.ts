import { describeRoutingGate } from '../../support/eval/routingGate.ts';

/**
 * CI gate: the after-hours template's routing, scored by the real CLI on the offline model. The bars sit
 * just under what was measured when they were set (routing.jsonl 0.869, scenarios.jsonl 0.791 once the router learnt a lead's branch from the rungs below it; 0.669 before, 0.546 with the first examples); raise them when routing improves,
 * never lower them to get green.
 */
describeRoutingGate('after-hours', { 'routing.jsonl': 0.85, 'scenarios.jsonl': 0.76 });
