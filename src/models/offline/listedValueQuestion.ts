import { tokenize } from '../../routing/textFeatures.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { comparesValues } from './comparedValues.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';
import { namesAction } from './toolMatcher.ts';

/**
 * A question weighing values of a look-up's fixed set against each other ("whats the difference between
 * growth and scale?"): numbers said beside it describe the customer ("we've got about 8 numbers") and
 * order nothing: the change `change` found in them is no request unless its action is said. A question
 * naming one value ("can I get a women's cut this friday?") may still ask for the change.
 */
export function weighsInsteadOf(
  text: string,
  change: string,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): boolean {
  if (!changesData(change) || !isQuestion(text) || namesAction(tokenize(text), change)) return false;
  return available.some((t) => {
    if (changesData(t.name)) return false;
    const properties: Record<string, JsonSchema> = (t.parameters as JsonSchema | undefined)?.properties ?? {};
    return Object.entries(properties).some(([name, raw]) => {
      const info = describeProperty(name, raw);
      return info.kind === 'enum' && comparesValues(text, info.enum ?? []);
    });
  });
}
