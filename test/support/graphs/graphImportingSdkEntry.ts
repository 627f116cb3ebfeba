// A graph module as a user may write one: it imports the SDK's `@openai/agents` entry (whose first
// load replaces the trace processors) for a value, here to check an agent it builds.
import { Agent } from '@openai/agents';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { TEMPLATE_LOADERS } from '../../../templates/catalogue.ts';

if (!(new Agent({ name: 'probe' }) instanceof Agent)) throw new Error('the SDK entry did not load');

export default defineGraph(await TEMPLATE_LOADERS.support());
