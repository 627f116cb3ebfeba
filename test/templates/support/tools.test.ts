import { tool as sdkTool } from '@openai/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ToolDb } from '../../../src/store/types.ts';
import type { SwitchboardTool } from '../../../src/tools/defineTool.ts';
import { supportGraph } from '../../../templates/support/graph.ts';
import { billingTools, salesTools, techTools } from '../../../templates/support/tools.ts';
import { seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

/** Contract checks every support tool must pass, and the offline replies built from their results. */

const allTools: SwitchboardTool[] = [...billingTools, ...techTools, ...salesTools];

describe('support tools, as a real model sees them', () => {
  it('have unique names and descriptions that say when to use them', () => {
    expect(new Set(allTools.map((t) => t.name)).size).toBe(allTools.length);
    for (const t of allTools) expect(t.description, t.name).toMatch(/\bUse (it|only)\b/);
  });

  it('describe every parameter', () => {
    for (const t of allTools) {
      for (const [field, schema] of Object.entries(t.parameters.shape)) {
        expect((schema as z.ZodType).description, `${t.name}.${field}`).toBeTruthy();
      }
    }
  });

  it('mark exactly the tools that change data as side effects', () => {
    expect(
      allTools
        .filter((t) => t.sideEffect)
        .map((t) => t.name)
        .sort(),
    ).toEqual([
      'book_demo',
      'cancel_order',
      'change_order_quantity',
      'change_plan',
      'close_account',
      'issue_refund',
      'place_order',
      'send_password_reset',
      'unlock_account',
    ]);
  });

  it('convert to strict OpenAI function schemas (what gpt-4.1-mini receives)', () => {
    for (const t of allTools) {
      const converted = sdkTool({
        name: t.name,
        description: t.description,
        parameters: t.parameters as any,
        strict: true,
        execute: () => '',
      });
      const schema = converted.parameters as { required: string[]; properties: Record<string, unknown> };
      expect(schema.required.sort(), t.name).toEqual(Object.keys(t.parameters.shape).sort());
    }
  });
});

describe('offline response templates', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededSupportDb());
  });
  afterAll(() => close());

  /** A successful call of every tool, and of each distinct success shape (single vs list, issued vs escalated). */
  const successfulCalls: [string, Record<string, unknown>][] = [
    ['lookup_invoice', { invoiceId: 'INV-2031' }],
    ['lookup_invoice', { accountId: 'ACC-1004' }],
    ['issue_refund', { invoiceId: 'INV-2033', reason: 'charged twice' }],
    ['issue_refund', { invoiceId: 'INV-2036', reason: 'unused minutes' }],
    ['change_plan', { accountId: 'ACC-1007', plan: 'Starter' }],
    ['fetch_call_log', { callId: 'CALL-50111' }],
    ['fetch_call_log', { accountId: 'ACC-1004' }],
    ['run_webhook_diagnostic', { webhookId: 'WH-303' }],
    ['run_webhook_diagnostic', { accountId: 'ACC-1002' }],
    ['lookup_pricing', {}],
    ['lookup_pricing', { plan: 'Growth' }],
    ['book_demo', { name: 'Lee Park', email: 'lee@park.example', company: 'Park & Co', date: '2025-05-20' }],
  ];

  const owners = supportGraph.agents.flatMap((agent) => (agent.tools ?? []).map((t) => ({ agent, tool: t })));

  it.each(successfulCalls)(
    '%s %j fills every placeholder of its template from the result',
    async (name, args) => {
      const owner = owners.find((o) => o.tool.name === name)!;
      const template = owner.agent.responses?.tools?.[name];
      expect(template, `${owner.agent.name} has no template for ${name}`).toBeTruthy();
      const result = (await owner.tool.execute(args, toolContext(db, owner.agent.name))) as Record<
        string,
        unknown
      >;
      const placeholders = [...template!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(placeholders.length).toBeGreaterThan(0);
      const unfilled = placeholders.filter((p) => !['string', 'number'].includes(typeof result[p]));
      expect(unfilled, JSON.stringify(result)).toEqual([]);
    },
  );

  it('has a template for every tool and an askFor line for every required argument of the agent', () => {
    for (const { agent, tool } of owners) {
      expect(agent.responses?.tools?.[tool.name], `${agent.name}/${tool.name}`).toBeTruthy();
      for (const [field, schema] of Object.entries(tool.parameters.shape)) {
        if ((schema as z.ZodType).safeParse(undefined).success) continue;
        expect(agent.responses?.askFor?.[field], `${agent.name} askFor.${field}`).toBeTruthy();
      }
    }
  });

  it('has no template for a tool the agent does not own, nor askFor for an argument it never takes', () => {
    for (const agent of supportGraph.agents) {
      const tools = agent.tools ?? [];
      const names = tools.map((t) => t.name);
      expect(
        Object.keys(agent.responses?.tools ?? {}).filter((n) => !names.includes(n)),
        agent.name,
      ).toEqual([]);
      const fields = new Set(tools.flatMap((t) => Object.keys(t.parameters.shape)));
      expect(
        Object.keys(agent.responses?.askFor ?? {}).filter((f) => !fields.has(f)),
        agent.name,
      ).toEqual([]);
    }
  });
});
