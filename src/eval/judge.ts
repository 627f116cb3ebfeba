import { type Model, type ModelResponse, setTracingDisabled, withTrace } from '@openai/agents-core';
import type { Graph } from '../graph/defineGraph.ts';
import { createLlmModel } from '../models/llmModels.ts';
import { parseModelSpec } from '../models/modelSpec.ts';
import type { CaseOutcome, JudgeVerdict } from './types.ts';

/** Same rule as the runtime: hosted trace export stays off unless the user opts in. */
if (process.env.SWITCHBOARD_OPENAI_TRACING !== '1') setTracingDisabled(true);

/** The rubric the judge scores every handoff reason with. */
export const JUDGE_RUBRIC = [
  'You grade the reason an assistant wrote when it transferred a customer conversation to a specialist.',
  'Score it from 0 to 1:',
  "- 1: specific and topical: it states what this customer asked (with ids, amounts or symptoms they gave) and it fits the target specialist's area.",
  '- 0.5: topical but generic (e.g. "billing question"), or specific but only loosely related to the target area.',
  '- 0: empty, boilerplate, wrong topic for the target, or contradicting the customer message.',
  'Reply with JSON only, no prose around it: {"score": <number 0..1>, "why": "<one short sentence>"}',
].join('\n');

export type HandoffToJudge = {
  userText: string;
  from: string;
  to: string;
  /** What the target handles (its handoffDescription). */
  targetArea: string;
  reason: string;
};

export type Judge = { readonly model: string; score(handoff: HandoffToJudge): Promise<JudgeVerdict> };

/** The judge needs a language model; the offline model cannot grade prose. */
export function judgeUnavailableReason(modelSpec: string): string | null {
  return parseModelSpec(modelSpec).provider === 'offline'
    ? 'the judge needs an LLM and the model is offline; pass --model openai:<model> (or --judge-model)'
    : null;
}

/** An LLM judge on `openai:<model>` (OpenAI or any OpenAI-compatible endpoint, per the environment). */
export function createJudge(modelSpec: string, env: NodeJS.ProcessEnv = process.env): Judge {
  const spec = parseModelSpec(modelSpec);
  if (spec.provider === 'offline') throw new Error(judgeUnavailableReason(modelSpec)!);
  return llmJudge(modelSpec, createLlmModel(spec, env));
}

function llmJudge(name: string, model: Model): Judge {
  return {
    model: name,
    async score(handoff) {
      const base = { from: handoff.from, to: handoff.to };
      try {
        // Model calls outside an agent run need a trace around them (a no-op one while tracing is off).
        const response = await withTrace('switchboard.eval.judge', () =>
          model.getResponse({
            systemInstructions: JUDGE_RUBRIC,
            input: JSON.stringify({
              customer_message: handoff.userText,
              transferred_from: handoff.from,
              transferred_to: handoff.to,
              target_area: handoff.targetArea,
              reason: handoff.reason,
            }),
            modelSettings: { temperature: 0 },
            tools: [],
            outputType: 'text',
            handoffs: [],
            tracing: false,
          }),
        );
        return { ...base, ...parseVerdict(outputText(response)) };
      } catch (error) {
        return { ...base, score: null, why: `judge call failed: ${(error as Error).message}` };
      }
    },
  };
}

/** Reads `{"score", "why"}` from the judge's reply, tolerating a code fence or prose around the JSON. */
export function parseVerdict(text: string): { score: number | null; why: string } {
  const match = text.match(/\{[\s\S]*\}/);
  try {
    const json = JSON.parse(match?.[0] ?? '');
    const score = Number(json.score);
    if (!Number.isFinite(score)) throw new Error('no numeric score');
    return { score: Math.min(1, Math.max(0, score)), why: String(json.why ?? '') };
  } catch {
    return { score: null, why: `unparseable judge reply: ${text.slice(0, 200)}` };
  }
}

function outputText(response: ModelResponse): string {
  return response.output
    .flatMap((item: any) => (item.type === 'message' ? item.content : []))
    .map((part: any) => (part.type === 'output_text' ? part.text : ''))
    .join('');
}

/**
 * Scores every model-made handoff of every turn (policy fallbacks are code, not prose, so they are
 * skipped), attaching the verdicts to the turns. Returns the mean score over the verdicts that parsed.
 */
export async function judgeOutcomes(
  cases: CaseOutcome[],
  graph: Graph,
  judge: Judge,
  concurrency = 4,
): Promise<{ judged: number; meanScore: number | null; failed: number }> {
  const jobs = cases.flatMap((c) =>
    c.turns.flatMap((turn) =>
      turn.handoffs
        .filter((h) => h.kind === 'handoff')
        .map((h, slot) => ({
          turn,
          slot,
          handoff: {
            userText: turn.input,
            from: h.from,
            to: h.to,
            targetArea: graph.byName.get(h.to)?.handoffDescription ?? h.to,
            reason: h.reason,
          },
        })),
    ),
  );
  let next = 0;
  const verdicts: JudgeVerdict[] = [];
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const verdict = await judge.score(job.handoff);
      // Slots keep a turn's verdicts in handoff order whatever order the calls finish in.
      job.turn.judge ??= [];
      job.turn.judge[job.slot] = verdict;
      verdicts.push(verdict);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  const scored = verdicts.flatMap((v) => (v.score === null ? [] : [v.score]));
  return {
    judged: verdicts.length,
    meanScore: scored.length === 0 ? null : scored.reduce((s, v) => s + v, 0) / scored.length,
    failed: verdicts.length - scored.length,
  };
}
