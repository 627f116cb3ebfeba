import type { SpanData } from '@openai/agents-core';
import { type Attributes, type AttributeValue, SpanKind } from '@opentelemetry/api';
import type { Redactor } from './redaction.ts';
import { modelCallUsage, responseModel } from './spanRecords.ts';

/**
 * OpenTelemetry GenAI semantic-convention attribute names (gen_ai.*). Copied rather than imported from
 * `@opentelemetry/semantic-conventions/incubating`, as that package advises for experimental names.
 */
export const GEN_AI = {
  operation: 'gen_ai.operation.name',
  provider: 'gen_ai.provider.name',
  agentName: 'gen_ai.agent.name',
  conversationId: 'gen_ai.conversation.id',
  workflowName: 'gen_ai.workflow.name',
  requestModel: 'gen_ai.request.model',
  responseModel: 'gen_ai.response.model',
  responseId: 'gen_ai.response.id',
  inputTokens: 'gen_ai.usage.input_tokens',
  outputTokens: 'gen_ai.usage.output_tokens',
  toolName: 'gen_ai.tool.name',
  toolType: 'gen_ai.tool.type',
  toolCallArguments: 'gen_ai.tool.call.arguments',
  toolCallResult: 'gen_ai.tool.call.result',
  inputMessages: 'gen_ai.input.messages',
  outputMessages: 'gen_ai.output.messages',
} as const;

/** Our own attributes, where the conventions have no name (handoffs, routing, policy, guardrails). */
export const SWITCHBOARD = {
  handoffFrom: 'switchboard.handoff.from_agent',
  handoffTo: 'switchboard.handoff.to_agent',
  turn: 'switchboard.turn',
  graph: 'switchboard.graph',
} as const;

export type OtelSpanShape = { name: string; kind: SpanKind; attributes: Attributes };

export type GenAiOptions = { captureContent: boolean; redact: Redactor };

const json = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value ?? null));

/** Kind is fixed when an OpenTelemetry span starts, so it is decided from the span type alone. */
export function otelKindOf(data: SpanData): SpanKind {
  return data.type === 'generation' || data.type === 'response' ? SpanKind.CLIENT : SpanKind.INTERNAL;
}

/** The root span that stands for a whole Switchboard turn (the SDK trace itself has no span). */
export function workflowSpan(
  traceName: string,
  metadata: Record<string, unknown> | undefined,
): OtelSpanShape {
  const graph = typeof metadata?.graph === 'string' ? metadata.graph : undefined;
  const attributes: Attributes = {
    [GEN_AI.operation]: 'invoke_workflow',
    [GEN_AI.workflowName]: graph ?? traceName,
  };
  if (typeof metadata?.conversationId === 'string')
    attributes[GEN_AI.conversationId] = metadata.conversationId;
  if (graph) attributes[SWITCHBOARD.graph] = graph;
  if (metadata?.turn !== undefined) attributes[SWITCHBOARD.turn] = Number(metadata.turn);
  return { name: `invoke_workflow ${graph ?? traceName}`, kind: SpanKind.INTERNAL, attributes };
}

/** Name and gen_ai.* attributes of an ended SDK span, following the GenAI agent and model span conventions. */
export function genAiSpan(data: SpanData, options: GenAiOptions): OtelSpanShape {
  const { captureContent } = options;
  switch (data.type) {
    case 'agent':
      return {
        name: `invoke_agent ${data.name}`,
        kind: SpanKind.INTERNAL,
        attributes: {
          [GEN_AI.operation]: 'invoke_agent',
          [GEN_AI.agentName]: data.name,
          'switchboard.agent.handoffs': data.handoffs ?? [],
          'switchboard.agent.tools': data.tools ?? [],
        },
      };
    case 'generation':
    case 'response': {
      const call = modelCallUsage(data);
      const model = call?.model ?? 'unknown';
      const attributes: Attributes = {
        [GEN_AI.operation]: 'chat',
        [GEN_AI.provider]: 'openai',
        [GEN_AI.requestModel]: model,
        [GEN_AI.inputTokens]: call?.usage.inputTokens ?? 0,
        [GEN_AI.outputTokens]: call?.usage.outputTokens ?? 0,
      };
      if (data.type === 'response') {
        if (data.response_id) attributes[GEN_AI.responseId] = data.response_id;
        const dated = responseModel(data);
        if (dated) attributes[GEN_AI.responseModel] = dated;
        if (captureContent) {
          attributes[GEN_AI.inputMessages] = json(data._input);
          attributes[GEN_AI.outputMessages] = json(
            (data._response as { output?: unknown } | undefined)?.output,
          );
        }
      } else if (captureContent) {
        attributes[GEN_AI.inputMessages] = json(data.input);
        attributes[GEN_AI.outputMessages] = json(data.output);
      }
      return { name: `chat ${model}`, kind: SpanKind.CLIENT, attributes };
    }
    case 'function': {
      const attributes: Attributes = {
        [GEN_AI.operation]: 'execute_tool',
        [GEN_AI.toolName]: data.name,
        [GEN_AI.toolType]: 'function',
      };
      if (captureContent) {
        attributes[GEN_AI.toolCallArguments] = json(data.input);
        attributes[GEN_AI.toolCallResult] = json(data.output);
      }
      return { name: `execute_tool ${data.name}`, kind: SpanKind.INTERNAL, attributes };
    }
    case 'handoff': {
      const from = data.from_agent ?? 'unknown';
      const to = data.to_agent ?? 'unknown';
      return {
        name: `handoff ${from} -> ${to}`,
        kind: SpanKind.INTERNAL,
        attributes: {
          // No operation name for handoffs exists yet; the conventions allow custom values.
          [GEN_AI.operation]: 'handoff',
          [GEN_AI.agentName]: from,
          [GEN_AI.toolName]: `transfer_to_${to}`,
          [SWITCHBOARD.handoffFrom]: from,
          [SWITCHBOARD.handoffTo]: to,
        },
      };
    }
    case 'guardrail':
      return {
        name: `guardrail ${data.name}`,
        kind: SpanKind.INTERNAL,
        attributes: {
          'switchboard.guardrail.name': data.name,
          'switchboard.guardrail.triggered': data.triggered,
        },
      };
    case 'custom':
      return { name: data.name, kind: SpanKind.INTERNAL, attributes: customAttributes(data.name, data.data) };
    case 'turn':
      return {
        name: `turn ${data.turn}`,
        kind: SpanKind.INTERNAL,
        attributes: { [GEN_AI.agentName]: data.agent_name, 'switchboard.sdk_turn': data.turn },
      };
    case 'task':
      return { name: `task ${data.name}`, kind: SpanKind.INTERNAL, attributes: {} };
    default:
      return { name: data.type, kind: SpanKind.INTERNAL, attributes: {} };
  }
}

/**
 * Our custom spans (`routing.decision`, `policy.tripped`…) flattened under `switchboard.<area>.*`,
 * e.g. `switchboard.routing.path`, `switchboard.routing.confidence`; the agent as `gen_ai.agent.name`.
 */
function customAttributes(name: string, data: Record<string, unknown>): Attributes {
  const area = `switchboard.${name.split('.')[0]}`;
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    const attribute = key === 'agent' ? GEN_AI.agentName : `${area}.${snake(key)}`;
    const converted = toAttributeValue(value);
    if (converted !== undefined) attributes[attribute] = converted;
  }
  return attributes;
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function toAttributeValue(value: unknown): AttributeValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return JSON.stringify(value);
}
