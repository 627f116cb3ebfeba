import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { toolDocsOf } from '../../../src/models/offline/routeAsides.ts';
import { matchTool } from '../../../src/models/offline/toolMatcher.ts';

// Fifth pass of docs/dialogue.md: requests said in words no tool description shares.
describe('what customers say for what tools do', () => {
  it('"I need more of my …" asks for a refill', async () => {
    const healthcare = await loadGraph('healthcare');
    const clinical = toolDocsOf(healthcare, healthcare.byName.get('Clinical'));
    expect(matchTool('I need more of my levothyroxine', clinical)?.name).toBe('request_refill');
    expect(matchTool("I'm almost out of my inhaler", clinical)?.name).toBe('request_refill');
  });

  it('seeing a doctor on a day is an appointment', async () => {
    const healthcare = await loadGraph('healthcare');
    const desk = toolDocsOf(healthcare, healthcare.byName.get('Receptionist'));
    expect(matchTool("I'd like to see Dr. Patel on Thursday", desk)?.name).toBe('appointments_desk');
    expect(matchTool('do you take aetna', desk)?.name).toBe('insurance_desk');
  });
});
