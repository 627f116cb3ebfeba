import { directHypernyms, lookupWord, type Synset } from '../../routing/wordNet.ts';
import { isFreeTextProperty, type JsonSchema } from './argumentExtraction.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';
import { namesTool } from './toolMatcher.ts';

/**
 * "fever and chills since yesterday", "I have a rash", "my 2 month old has a fever of 100.6" said to
 * the clinical line ("… symptom triage for anything the caller feels"): the triage tool's description
 * lists many symptoms, so a short message scored under the bar (0.17) and the desk asked "Tell me what
 * you're feeling and since when" of a caller who had just said. A statement naming a state of ill
 * health (WordNet: a noun whose hypernyms reach symptom, ill health, pain, injury or disorder — not a
 * body part: "my ankle is bothering me" still gets the desk's question) goes to the look-up the desk's
 * purpose names that takes only the caller's words. Never a question, never a change.
 */

const HOPS = 6;
const key = (s: Synset) => `${s.pos}${s.offset}`;
let anchors: Set<string> | undefined;

function isIllHealth(word: string): boolean {
  anchors ??= new Set(
    ['symptom', 'ill_health', 'illness', 'pain', 'injury', 'disorder'].flatMap(
      (w) =>
        lookupWord(w, 3)
          ?.synsets.filter((s) => s.pos === 'n')
          .map(key) ?? [],
    ),
  );
  const senses = lookupWord(word, 3)?.synsets.filter((s) => s.pos === 'n') ?? [];
  for (const sense of senses) {
    let frontier = [sense];
    for (let hop = 0; hop <= HOPS && frontier.length > 0; hop++) {
      if (frontier.some((s) => anchors!.has(key(s)))) return true;
      frontier = frontier.flatMap(directHypernyms);
    }
  }
  return false;
}

/** The message names a state of ill health ("fever", "rash", "cough"), in its own words. */
export function namesIllHealth(text: string): boolean {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).some(isIllHealth);
}

export function illHealthTold(input: {
  purpose: string;
  text: string;
  available: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
}): { tool: FunctionTool; focusText: string } | undefined {
  const { purpose, text } = input;
  if (purpose === '' || isQuestion(text) || !namesIllHealth(text)) return undefined;
  const tool = input.available.find((t) => {
    if (input.changesData(t.name)) return false;
    const schema = (t.parameters ?? {}) as JsonSchema;
    const required: string[] = (schema.required ?? []).filter(
      (p: string) => !describeProperty(p, schema.properties?.[p] ?? {}).nullable,
    );
    return (
      required.length > 0 &&
      required.every((p) => isFreeTextProperty(schema, p)) &&
      namesTool(purpose, { name: t.name, description: '', sideEffect: false })
    );
  });
  return tool && { tool, focusText: text };
}
