import { expect, vi } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { loadDialogues } from '../../../src/eval/dialogueDataset.ts';
import { runDialogueEval } from '../../../src/eval/dialogueEval.ts';
import { type DialogueGate, GATES } from './dialogueGateFloors.ts';

/** Runs a template's scenarios against its floors (dialogueGateFloors.ts: the floors and their history). */

export { type DialogueGate, GATES };

export const GATE_TITLE =
  '$template: completes ≥ $tuned of its tuned, ≥ $heldOut of its earlier held-out, ≥ $batch3 of its third, ≥ $batch4 of its fourth, ≥ $batch5 of its fifth, ≥ $batch6 of its sixth, ≥ $batch7 of its seventh, ≥ $batch8 of its eighth, ≥ $batch9 of its ninth, ≥ $batch10 of its tenth, ≥ $batch11 of its eleventh, ≥ $batch12 of its twelfth, ≥ $batch13 of its thirteenth, ≥ $batch14 of its fourteenth, ≥ $batch15 of its fifteenth, ≥ $batch16 of its sixteenth, ≥ $batch17 of its seventeenth, ≥ $batch18 of its eighteenth, ≥ $batch19 of its nineteenth, ≥ $batch20 of its twentieth, ≥ $batch21 of its twenty-first, ≥ $batch22 of its twenty-second, ≥ $batch23 of its twenty-third, ≥ $batch24 of its twenty-fourth, ≥ $batch25 of its twenty-fifth, ≥ $batch26 of its twenty-sixth, ≥ $batch27 of its twenty-seventh ≥ $batch28 of its twenty-eighth, ≥ $batch29 of its twenty-ninth ≥ $batch30 of its thirtieth ≥ $batch31 of its thirty-first, ≥ $batch32 of its thirty-second ≥ $batch33 of its thirty-third and ≥ $batch34 of its thirty-fourth held-out scenarios, ≥ $dev9 of the dev rows of batch 9, ≥ $dev10 of those of batch 10, ≥ $dev11 of those of batch 11, ≥ $dev12 of those of batch 12, ≥ $dev13 of those of batch 13, ≥ $dev14 of those of batch 14, ≥ $dev15 of those of batch 15, ≥ $dev16 of those of batch 16, ≥ $dev17 of those of batch 17, ≥ $dev18 of those of batch 18, ≥ $dev19 of those of batch 19, ≥ $dev20 of those of batch 20, ≥ $dev21 of those of batch 21, ≥ $dev22 of those of batch 22, ≥ $dev23 of those of batch 23, ≥ $dev24 of those of batch 24, ≥ $dev25 of those of batch 25, ≥ $dev26 of those of batch 26, ≥ $dev27 of those of batch 27 ≥ $dev28 of those of batch 28, ≥ $dev29 of those of batch 29, ≥ $dev30 of those of batch 30 ≥ $dev31 of those of batch 31, ≥ $dev32 of those of batch 32 ≥ $dev33 of those of batch 33 and ≥ $dev34 of those of batch 34, with no loop';

export const GATE_TIMEOUT_MS = 1_500_000;

/** Held-out batches gated apart, each at its own floor (`batch<N>`); rows `holdout<N>-…`. */
const BATCHES = [
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '33',
  '34',
] as const;
/** Dev sets: tunable rows by a held-out batch's author (`dev<N>-…`), each at its own floor. */
const DEV_SETS = [
  '9',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '33',
  '34',
] as const;

/** Runs one template's scenarios and checks them against its floors. */
export async function checkDialogueGate(gate: DialogueGate): Promise<void> {
  const dataset = await loadDialogues(`templates/${gate.template}/dialogues.jsonl`);
  expect(dataset.malformed).toEqual([]);
  // The templates seed their days and compare dates against the real today, and the eval's clock is the
  // coming Monday: the gap between them changed with the weekday, and so did the counts (a Monday run
  // failed floors set on Sundays). The gate runs on the most recent Sunday at this time of day, so every
  // day of the week measures the same calendar (docs/testing.md).
  const real = new Date();
  vi.useFakeTimers({ now: real.getTime() - real.getUTCDay() * 86_400_000, toFake: ['Date'] });
  const report = await (async () => {
    try {
      return await runDialogueEval({ graph: await loadGraph(gate.template), scenarios: dataset.scenarios });
    } finally {
      vi.useRealTimers();
    }
  })();
  type Outcome = (typeof report.outcomes)[number];
  // Only tuned rows are named on failure: held-out rows are reported as counts, never read.
  const devSetOf = (id: string) => /^dev(\d+)-/.exec(id)?.[1];
  const share = (rows: Outcome[]) => {
    const done = rows.filter((o) => o.completed).length;
    return { rate: rows.length === 0 ? 1 : done / rows.length, text: `${done}/${rows.length}` };
  };
  const namedFailures = (rows: Outcome[]) =>
    rows.filter((o) => !o.completed).map((o) => `${o.id}: ${o.unmet.join('; ')}`);
  const tunedRows = report.outcomes.filter((o) => o.split === 'tune' && devSetOf(o.id) === undefined);
  const tuned = share(tunedRows);
  expect(tuned.rate, namedFailures(tunedRows).join('\n')).toBeGreaterThanOrEqual(gate.tuned);
  const devRows = (set: string) =>
    report.outcomes.filter((o) => o.split === 'tune' && devSetOf(o.id) === set);
  // Held-out rows by batch, as counts only (never their transcripts). `holdout10-` is batch 10, not
  // `holdout1…`: the number is read whole; `holdout-` and `holdout2-` are the earlier rows.
  const batchOf = (id: string) => {
    const n = /^holdout(\d+)-/.exec(id)?.[1];
    return n && n !== '2' ? n : 'earlier';
  };
  const heldOutRows = (batch: string) =>
    report.outcomes.filter((o) => o.split !== 'tune' && batchOf(o.id) === batch);
  const earlier = share(heldOutRows('earlier'));
  const batches = BATCHES.map((b) => ({ b, ...share(heldOutRows(b)) }));
  const devs = DEV_SETS.map((d) => ({ d, rows: devRows(d), ...share(devRows(d)) }));
  // The measured figures, counts only, for whoever raises the floors.
  console.log(
    `${gate.template}: tuned ${tuned.text}, ${devs.map((d) => `dev${d.d} ${d.text}`).join(', ')}, earlier held out ${earlier.text}, ${batches.map((b) => `batch ${b.b} ${b.text}`).join(', ')}, loops ${report.tune.loops + report.holdout.loops}`,
  );
  expect(earlier.rate, `held out: ${earlier.text}`).toBeGreaterThanOrEqual(gate.heldOut);
  for (const { b, rate, text } of batches)
    expect(rate, `held-out batch ${b}: ${text}`).toBeGreaterThanOrEqual(gate[`batch${b}`]);
  for (const { d, rows, rate, text } of devs)
    expect(rate, `batch ${d}'s dev rows: ${text}\n${namedFailures(rows).join('\n')}`).toBeGreaterThanOrEqual(
      gate[`dev${d}`],
    );
  // No conversation, tuned or held out, says the same thing three times.
  expect(report.outcomes.filter((o) => o.loops.length > 0).length, 'conversations that loop').toBe(0);
}
