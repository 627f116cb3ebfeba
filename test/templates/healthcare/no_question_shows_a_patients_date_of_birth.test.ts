import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { exampleFor } from '../../../src/models/offline/forms/formQuestions.ts';
import { PATIENT_ROWS } from '../../../templates/healthcare/seedData.ts';

// A QA chat probe (2026-11-27): the date-of-birth question's example, "for example 1984-03-12", was
// Dana Ruiz's real date of birth. A neighbour typed it back with her name and was verified. No
// question, reply template or tool description may show a patient's date of birth; and the offline
// model's own example phone number is nobody's in any template's seed data.
describe('no question shows a patient’s date of birth', () => {
  it('keeps every seeded date of birth out of the healthcare graph’s words', async () => {
    const graph = await loadGraph('healthcare');
    const words = JSON.stringify(
      graph.agents.map((a) => ({
        responses: a.responses,
        instructions: typeof a.instructions === 'string' ? a.instructions : '',
        tools: (a.tools ?? []).map((t) => {
          const tool = t as { description?: string; parameters?: unknown };
          return { d: tool.description, p: safeSchema(tool.parameters) };
        }),
      })),
    );
    const dobs = PATIENT_ROWS.map((row) => String(row[2]));
    expect(dobs.length).toBeGreaterThan(5);
    for (const dob of dobs) expect(words).not.toContain(dob);
  });

  it('gives an example phone number no template has seeded', () => {
    const example = exampleFor(undefined, 'phone', {}).replace(/\D/g, '');
    const seeds = readdirSync('templates', { recursive: true })
      .map(String)
      .filter((f) => /seed\w*\.ts$/.test(f))
      .map((f) => readFileSync(`templates/${f}`, 'utf8').replace(/[^\d\n,'"]/g, ''));
    expect(seeds.length).toBeGreaterThan(4);
    for (const seed of seeds) expect(seed).not.toContain(example);
  });
});

function safeSchema(parameters: unknown): unknown {
  try {
    return toJSONSchema(parameters as never);
  } catch {
    return parameters;
  }
}
