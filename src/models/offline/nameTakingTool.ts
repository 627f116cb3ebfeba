import type { NormalizedAgent } from '../../graph/types.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { nameAlone, onlyNameAndNumber } from './nameAlone.ts';
import { describeProperty } from './propertyKinds.ts';
import { jsonSchemaOf } from './referenceOwner.ts';

/**
 * The agent's own tool that takes a person's name, with the required argument it still needs next
 * (verify_identity: the date of birth; queue_callback: the phone number), if it has one.
 */
export function ownToolTakingName(
  agent: NormalizedAgent | undefined,
): { tool: string; next: string | undefined } | undefined {
  for (const tool of agent?.tools ?? []) {
    const schema = jsonSchemaOf(tool);
    const properties = Object.entries(schema.properties ?? {});
    const person = properties.find(
      ([name, raw]) => describeProperty(name, raw as JsonSchema).kind === 'person',
    );
    if (!person) continue;
    const required = new Set<string>(schema.required ?? []);
    const next = properties.find(([name]) => name !== person[0] && required.has(name))?.[0];
    return { tool: tool.name, next };
  }
  return undefined;
}

/**
 * "Hannah Kowalski" said before anyone asked for it: the agent's own tool that takes a name, when the
 * message is a name alone (nameAlone.ts). The tool choice picks it, a desk that did not ask for a name
 * does not get the reply, and the fallback asks for what the tool still needs. `offerStanding`: openings
 * wait for a pick, and a name with a phone number ("noah kim 555 0199") is for them too — read as the
 * values of the look-up that takes a name and a number, it looked for an appointment the caller never
 * had ("I don't see an appointment under that name").
 */
export function nameAloneTakenBy(
  agent: NormalizedAgent | undefined,
  text: string,
  offerStanding = false,
): ReturnType<typeof ownToolTakingName> {
  const alone = nameAlone(text) !== undefined || (offerStanding && onlyNameAndNumber(text));
  return alone ? ownToolTakingName(agent) : undefined;
}
