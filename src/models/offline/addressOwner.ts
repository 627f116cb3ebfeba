import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import type { RouteDecision } from '../../routing/agentRouter.ts';
import type { SwitchboardTool } from '../../tools/defineTool.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { STREET_ADDRESS as ADDRESS, findDate } from './entityExtractors.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';
import { jsonSchemaOf } from './referenceOwner.ts';
import { writtenAsDigits } from './spokenNumbers.ts';

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
  const takers = available.filter(
    (t) => !changesData(t.name) && propertiesOf(t.parameters as JsonSchema).some(takesStreetAddress),
  );
  return takers.length === 1 ? { tool: takers[0], focusText: text } : undefined;
}

/** A parameter that takes a home by its street address, as its description says. */
const takesStreetAddress = ([, p]: [string, JsonSchema]) => /\bstreet address\b/i.test(p.description ?? '');
const propertiesOf = (schema: JsonSchema | undefined): [string, JsonSchema][] =>
  Object.entries(schema?.properties ?? {});

/** A schema that takes a calendar day and a home by its street address (a viewing's booking). */
export function takesDayAtAddress(schema: JsonSchema | undefined): boolean {
  const properties = propertiesOf(schema);
  return (
    properties.some(([name, p]) => describeProperty(name, p).kind === 'date') &&
    properties.some(takesStreetAddress)
  );
}

/** The message names a home by its street address and a day ("…look at 27 Willow Court on Thursday?"). */
export function saysDayAtAddress(text: string, now: Date): boolean {
  const digits = writtenAsDigits(text);
  return ADDRESS.test(digits) && findDate(digits, now) !== undefined;
}

/**
 * "could I come and look at 27 Willow Court on Thursday?" at the viewings desk: a day at a home named by
 * its street address is for the one change that takes both (a viewing's booking), though the words
 * share nothing with it; the desk had answered with its greeting and its offer of a person.
 */
export function dayAtAddressChange(
  text: string,
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
  now: Date,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!saysDayAtAddress(text, now)) return undefined;
  const takers = available.filter(
    (t) => changesData(t.name) && takesDayAtAddress(t.parameters as JsonSchema),
  );
  return takers.length === 1 ? { tool: takers[0], focusText: text } : undefined;
}

/** Below this, the router's choice of the sellers' desk is no decision (its choices run from 0.2 to 1). */
const COIN_EDGE = 0.5;

/**
 * The customer's own home: a home they sell or value, not one on the market they ask about. Also one
 * they say they will sell, or have inherited ("my brother and I have agreed we're going to sell it. It's
 * 23 Juniper Street…, can you help us get it on the market?" was sent to the buyers' desk as a question
 * about a home for sale).
 */
const OWN_HOME =
  /\b(?:my|our|mum'?s|mom'?s|dad'?s|parents'?)\s+(?:own\s+)?(?:house|home|place|property|flat|apartment|condo)\b|\b(?:we|i)\s+own\b|\b(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:\w+\s+){0,3}?(?:to\s+)?sell\b|\binherit(?:ed|ing)?\b|\bleft\s+(?:me|us)\s+(?:her|his|their|the)\s+(?:house|home|place|property|flat|condo)\b/i;

/**
 * A look-up of one home on the market: it names the home by its street address (optional: a number may
 * do instead), and by nothing else. A valuation or an area's description that also takes the home by
 * its address takes criteria besides (a neighbourhood, bedrooms): "is the roof new?" is no valuation.
 */
function looksUpAHome(tool: SwitchboardTool): boolean {
  const schema = jsonSchemaOf(tool);
  const required = new Set(schema.required ?? []);
  const properties: Record<string, JsonSchema> = schema.properties ?? {};
  const entries = Object.entries(properties);
  return (
    entries.some((entry) => !required.has(entry[0]) && takesStreetAddress(entry)) &&
    entries.every(
      (entry) => takesStreetAddress(entry) || describeProperty(entry[0], entry[1]).kind === 'reference',
    )
  );
}

/**
 * "I'm enquiring about the house at 44 Cedar Lane. Is it all on one level?": a question about a home named
 * by its street address, said at the front desk, is about a home on the market. The router sent it to the
 * sellers' desk on "house", which drafted a listing of someone else's home. Sent to the best-ranked desk
 * that can look a home up by its address, unless the home is the customer's own ("what's my house at …
 * worth?").
 */
export function addressQuestionOwner(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  enabledHandoffs: readonly string[],
  route: Pick<RouteDecision, 'decision' | 'target' | 'confidence' | 'ranking'>,
): Transfer | undefined {
  const { ranking, confidence: routedConfidence } = route;
  const routedTo = route.decision === 'handoff' ? route.target : undefined;
  if (agentName !== graph.entry || !ADDRESS.test(text) || OWN_HOME.test(text)) return undefined;
  if (!(isQuestion(text) || text.includes('?'))) return undefined;
  const canLookUp = (name: string | undefined) =>
    graph.byName.get(name ?? '')?.tools.some(looksUpAHome) === true;
  // Only from a desk that would take the home for a new one (its change requires a street address: a
  // listing to draft). Not from valuations ("is 615k a fair price for 8 Elm Street?" is theirs), nor a
  // complaint or a call-back ("the deal on 77 Canal Way fell through, who do I talk to?").
  const routed = graph.byName.get(routedTo ?? '');
  const draftsIt = routed?.tools.some((t) => t.sideEffect && takesAnAddress(t) && !looksUpAHome(t));
  if (!routed || canLookUp(routedTo) || !draftsIt) return undefined;
  // Only when the router chose it on a coin's edge: "how do I go about selling 12 Oak Lane?" (0.81) and
  // "can you list 12 Oak Lane for me?" (0.93) are the desk's own; the home on one level was 0.26.
  if (routedConfidence >= COIN_EDGE) return undefined;
  const best = ranking.find(
    (r) => r.target !== undefined && enabledHandoffs.includes(r.label) && canLookUp(r.target),
  );
  if (!best?.target) return undefined;
  return {
    toolName: best.label,
    args: {
      reason: `Customer asks about a home by its address: "${text}"`,
      intent: `${best.target.toLowerCase()}.address`,
    },
  };
}

/**
 * "morning, we'd like to put our place on the market, it's 9 Larch Avenue in Cedar Heights": the customer's
 * own home, by its street address, said as no question. The router heard the neighbourhood and sent it to
 * the desk that describes areas, which changes nothing. Sent to the best-ranked desk whose change takes a
 * home by its address as a new record (the sellers' draft listing), when the router chose a desk that
 * changes nothing at all.
 */
export function ownHomeOwner(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  enabledHandoffs: readonly string[],
  route: Pick<RouteDecision, 'decision' | 'target' | 'ranking'>,
): Transfer | undefined {
  if (agentName !== graph.entry || route.decision !== 'handoff') return undefined;
  if (!ADDRESS.test(text) || !OWN_HOME.test(text) || isQuestion(text) || text.includes('?')) return undefined;
  const routed = graph.byName.get(route.target ?? '');
  if (!routed || routed.tools.length === 0 || routed.tools.some((t) => t.sideEffect)) return undefined;
  const takesTheHome = (name: string | undefined) =>
    graph.byName.get(name ?? '')?.tools.some((t) => t.sideEffect && takesAnAddress(t) && !looksUpAHome(t)) ===
    true;
  const best = route.ranking.find(
    (r) => r.target !== undefined && enabledHandoffs.includes(r.label) && takesTheHome(r.target),
  );
  if (!best?.target) return undefined;
  return {
    toolName: best.label,
    args: {
      reason: `Customer speaks of their own home by its address: "${text}"`,
      intent: `${best.target.toLowerCase()}.own_home`,
    },
  };
}
