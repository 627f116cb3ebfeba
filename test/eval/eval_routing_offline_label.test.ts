import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/eval/metrics.ts';
import { formatReport } from '../../src/eval/reportText.ts';
import type { EvalReport } from '../../src/eval/types.ts';

/* Issue #22.3: `eval routing` printed "routing llm" on the offline model, which never calls an LLM. */
function report(model: string, mode: string): EvalReport {
  return {
    settings: {
      graph: 'support',
      dataset: 'routing.jsonl',
      model,
      routing: { mode, threshold: 0.7 },
      concurrency: 1,
      noise: null,
      store: 'memory',
    },
    summary: summarize([], { entry: 'Triage' }),
    cases: [],
    malformed: [],
    notes: [],
  };
}

const settingsLine = (r: EvalReport) => formatReport(r).split('\n')[1];

describe('the routing named in the eval report', () => {
  it("is the offline model's local classifier on the offline model, whatever the graph mode", () => {
    for (const mode of ['llm', 'hybrid', 'local']) {
      const line = settingsLine(report('offline', mode));
      expect(line).toContain('routing local classifier of the offline model');
      expect(line).not.toMatch(/routing llm/);
    }
  });

  it('is the graph mode on an LLM, said plainly', () => {
    expect(settingsLine(report('openai:gpt-4.1-mini', 'llm'))).toContain(
      'routing llm (the model chooses every handoff)',
    );
    expect(settingsLine(report('openai:gpt-4.1-mini', 'hybrid'))).toContain(
      'routing hybrid (the local classifier when its confidence reaches 0.7, else the LLM)',
    );
  });
});
