import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { isStopword } from '../../src/routing/textFeatures.ts';

// "Oh. How much do I owe then?" stayed with Triage (the filler "oh" was a topic-change concept, and the
// entry's texts hold the chit-chat) while "How much do I owe then?" went to Billing. Fillers carry no
// topic: they are stopwords.
describe('a filler before a question routes as the question', () => {
  it('treats "oh", "um" and "uh" as stopwords, "well" and "hmm" not', () => {
    for (const w of ['oh', 'um', 'uh', 'umm', 'erm']) expect(isStopword(w)).toBe(true);
    expect(isStopword('well')).toBe(false);
    expect(isStopword('hmm')).toBe(false);
  });

  it('sends "Oh. How much do I owe then?" to Billing, as without the "Oh."', async () => {
    const router = createAgentRouter(await loadGraph('support'), 'Triage');
    for (const said of [
      'Oh. How much do I owe then?',
      'um how much do we owe you',
      'How much do I owe then?',
    ])
      expect(router.route(said).target, said).toBe('Billing');
  });
});
