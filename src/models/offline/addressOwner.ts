import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import type { SwitchboardTool } from '../../tools/defineTool.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { HOUSE_NUMBER } from './entityExtractors.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { jsonSchemaOf } from './referenceOwner.ts';

/**
 * A street address said on its own goes to the agent whose change takes one. "12 Oak Lane", said to
 * the valuation desk after "we're thinking of selling our 3 bed in Maplewood, what could it be
 * worth?", is the seller's home: no tool of the valuation desk takes an address, and the listing
 * form's address parameter gives one as its example ("e.g. '1420 Birch Lane, Maplewood'"). The router
 * alone decided this on a coin's edge (SellerIntake 0.47 against the front desk's 0.21, and any tool
 * text added to another agent moved the front desk's share above it), so a value of that shape is
 * sent by the shape, as a reference goes towards its look-up (referenceOwner.ts).
 */

type Transfer = { toolName: string; args: { reason: string; intent: string } };

/** A street address, matched once per test (HOUSE_NUMBER is global, for finding every one). */
const ADDRESS = new RegExp(HOUSE_NUMBER.source, 'i');

/** Words a customer puts around an address they give ("it's 12 Oak Lane", "the house is at …"). */
const AROUND =
  /^(?:it'?s|it is|that'?s|the (?:house|home|address|place) is|we'?re at|at|on|in|ok|okay|yes|sure|so)$/i;

/** The message is a street address and little else: "12 Oak Lane", "it's 7 cedar lane, maplewood". */
function onlyAnAddress(text: string): boolean {
  const found = text.match(ADDRESS);
  if (!found) return false;
  const rest = text
    .replace(found[0], ' ')
    .replace(/[,.!]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  // The town or neighbourhood may follow it ("12 Oak Lane, Maplewood"); nothing else is said.
  return rest.length <= 3 && rest.every((w) => AROUND.test(w) || /^[A-Za-z]+$/.test(w)) && !/\?/.test(text);
}

/** The tool has a parameter whose example is a street address (its description: "e.g. '1420 Birch Lane…'"). */
function takesAnAddress(tool: SwitchboardTool): boolean {
  const properties: Record<string, JsonSchema> = jsonSchemaOf(tool).properties ?? {};
  return Object.values(properties).some((p) => {
    const example = p.description?.match(/\be\.g\.,?\s+'?([^';()]+)/)?.[1];
    return example !== undefined && ADDRESS.test(example);
  });
}

export function addressOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  if (!agent || !onlyAnAddress(text) || agent.tools.some(takesAnAddress)) return undefined;
  for (const edge of agent.handoffs) {
    const target = graph.byName.get(edge.to);
    if (!enabledHandoffs.includes(edge.toolName) || edge.system || !target || target.human) continue;
    if (!target.tools.some((t) => t.sideEffect && takesAnAddress(t))) continue;
    return {
      toolName: edge.toolName,
      args: {
        reason: `Customer gives a street address, which ${edge.to} takes: "${text}"`,
        intent: `${edge.to.toLowerCase()}.address`,
      },
    };
  }
  return undefined;
}

/**
 * "whats the asking price on 41 Orchard Lane?", "is 44 Cedar Lane all on one level?": a question naming a
 * street address, asked of an agent with one look-up that takes a home by its street address (the
 * listing's details), is for that look-up. The buyers' desk greeted it as a new search ("What's your
 * budget?"): the address shares no word with the look-up's description.
 */
export function addressLookUp(
  text: string,
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!(isQuestion(text) || text.includes('?')) || !ADDRESS.test(text)) return undefined;
  const takers = available.filter((t) => {
    const properties = ((t.parameters ?? {}) as JsonSchema).properties ?? {};
    return (
      !changesData(t.name) &&
      Object.values(properties).some((p) => /\bstreet address\b/i.test((p as JsonSchema).description ?? ''))
    );
  });
  return takers.length === 1 ? { tool: takers[0], focusText: text } : undefined;
}
