import { z } from 'zod';
import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import type { SwitchboardTool } from '../../tools/defineTool.ts';
import { findPropertyValue, type JsonSchema, propertiesNamedIn } from './argumentExtraction.ts';
import { STREET_ADDRESS } from './entityExtractors.ts';
import { nearestAgents } from './nearestAgents.ts';
import { describeProperty, isHintedReference } from './propertyKinds.ts';
import { scoreTools } from './toolMatcher.ts';

/**
 * A reference names what it is about: "also why was claim CLM-7003 denied?" asked of the Scheduler
 * (which is offering openings) carries a claim number, which no tool of the Scheduler takes but the
 * Insurance desk's look-up does, three rungs away (Scheduler → ClinicalLead → Root → OperationsLead →
 * Insurance). The router, unsure right after a question, kept the message and the Scheduler fell back.
 * The message goes one step along the shortest way to the agent whose read-only tool takes the
 * reference; each agent on the way does the same (or routes it, when sure), so it arrives there.
 *
 * A reference is a value of a hinted shape (the schema's example, `e.g. CLM-7001`), never a phone
 * number or an email, which many tools take.
 */

type Transfer = { toolName: string; args: { reason: string; intent: string } };

const schemas = new WeakMap<object, JsonSchema>();

export function jsonSchemaOf(tool: SwitchboardTool): JsonSchema {
  let schema = schemas.get(tool);
  if (!schema) {
    schema = z.toJSONSchema(tool.parameters, { io: 'input' }) as JsonSchema;
    schemas.set(tool, schema);
  }
  return schema;
}

/** The references (hinted-shape values) of the tool's arguments that `text` names. */
function referencesNamed(tool: SwitchboardTool, text: string): string[] {
  return referencesNamedIn(jsonSchemaOf(tool), text);
}

/** The references (hinted-shape values) among a tool schema's properties that `text` names. */
function referencesNamedIn(schema: JsonSchema, text: string): string[] {
  const properties: Record<string, JsonSchema> = schema.properties ?? {};
  // References have a fixed shape: the date a finder reads does not matter here.
  return propertiesNamedIn(schema, text, new Date(0)).filter((p) =>
    isHintedReference(describeProperty(p, properties[p])),
  );
}

/** The agent has a read-only tool taking a reference the message names. */
function looksUp(agent: NormalizedAgent | undefined, text: string): boolean {
  return agent?.tools.some((t) => !t.sideEffect && referencesNamed(t, text).length > 0) === true;
}

/** How well the message's words fit the agent's tools. */
function fit(graph: NormalizedGraph, agentName: string, text: string): number {
  const tools = graph.byName.get(agentName)?.tools ?? [];
  return (
    scoreTools(
      text,
      tools.map((t) => ({ name: t.name, description: t.description })),
    )[0]?.score ?? 0
  );
}

/** The handoff towards the nearest agent whose look-up takes the reference in the message, if not ours. */
export function referenceOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  if (!agent || agent.tools.some((t) => referencesNamed(t, text).length > 0)) return undefined;
  const firstSteps = agent.handoffs.filter(
    (e) => enabledHandoffs.includes(e.toolName) && !e.system && !graph.byName.get(e.to)?.human,
  );
  const hits = nearestAgents(graph, agent.name, firstSteps, (name) => looksUp(graph.byName.get(name), text));
  // As near as each other ("AC-2003" is a balance and a claims account): the one the words are about.
  const hit = hits.sort((a, b) => fit(graph, b.at, text) - fit(graph, a.at, text))[0];
  if (!hit) return undefined;
  return {
    toolName: hit.edge.toolName,
    args: {
      reason: `Customer names a reference that ${hit.at} looks up: "${text}"`,
      intent: `${hit.at.toLowerCase()}.lookup`,
    },
  };
}

/**
 * Values that say what is looked up: a reference, a count. Not who the customer is ("Maria Garcia here,
 * who is my primary doctor?"), nor a day, which names a booking as well as the openings on it ("what
 * time is my appointment on the 10th of June?").
 */
const WHAT = new Set(['reference', 'number']);

/**
 * "I uploaded a picture of the bathroom, it's PH-3003. be honest, does it need work before we list?": the
 * words fitted the photo list ("list"), but the photo named has one look-up that takes it (the photo's
 * analysis). "what's actually for sale around that price with at least 2 bedrooms?": the words fitted one
 * listing's details ("for sale"), but the bedrooms said are the search's. The tool the words picked
 * (`picked`), unless it is read-only and the message gives none of its references or counts while
 * exactly one other read-only tool's it does: then that one. Not when the message names a home by its
 * street address, which a look-up takes as free text.
 */
export function lookUpOfNamedValue<T extends { name: string; parameters?: unknown }>(
  picked: string,
  text: string,
  available: readonly T[],
  { changesData, now }: { changesData: (name: string) => boolean; now: Date },
): T | undefined {
  const names = (t: T) => {
    const schema = (t.parameters ?? {}) as JsonSchema;
    const properties: Record<string, JsonSchema> = schema.properties ?? {};
    return Object.entries(properties).some(
      ([p, raw]) =>
        WHAT.has(describeProperty(p, raw).kind) && findPropertyValue(schema, p, text, now) !== undefined,
    );
  };
  const pickedTool = available.find((t) => t.name === picked);
  if (!pickedTool || changesData(picked) || names(pickedTool) || STREET_ADDRESS.test(text)) return pickedTool;
  const naming = available.filter((t) => !changesData(t.name) && names(t));
  return naming.length === 1 ? naming[0] : pickedTool;
}
