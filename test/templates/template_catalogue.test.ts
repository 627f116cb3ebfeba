import { describe, expect, it } from 'vitest';
import { TEMPLATE_LOADERS } from '../../templates/catalogue.ts';
import { TEMPLATES } from '../../templates/index.ts';

describe('the lazy template catalogue', () => {
  it('names the same templates as templates/index.ts, each loading the same graph spec', async () => {
    expect(Object.keys(TEMPLATE_LOADERS).sort()).toEqual(Object.keys(TEMPLATES).sort());
    for (const [name, load] of Object.entries(TEMPLATE_LOADERS))
      expect(await load(), name).toBe(TEMPLATES[name].spec);
  });
});
