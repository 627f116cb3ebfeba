import { tool as sdkTool } from '@openai/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ToolDb } from '../../../src/store/types.ts';
import type { SwitchboardTool } from '../../../src/tools/defineTool.ts';
import { salonGraph } from '../../../templates/salon/graph.ts';
import * as tools from '../../../templates/salon/tools.ts';
import { seededSalonDb, toolContext } from '../../support/templates/salon/salonTestDb.ts';

/** Contract checks every salon tool must pass, and the offline replies built from their results. */

const allTools = [
  ...new Set([...tools.bookingAgentTools, ...tools.colourAgentTools, ...tools.customerServiceTools]),
] as SwitchboardTool[];

describe('salon tools, as a real model sees them', () => {
  it('have unique names and descriptions that say when to use them', () => {
    expect(new Set(allTools.map((t) => t.name)).size).toBe(allTools.length);
    expect(allTools.map((t) => t.name).sort()).toEqual([
      'book_appointment',
      'cancel_booking',
      'check_availability',
      'color_quote',
      'get_booking',
      'list_services',
      'log_complaint',
      'reschedule_booking',
    ]);
    for (const t of allTools) expect(t.description, t.name).toMatch(/\bUse it\b/);
  });

  it('describe every parameter', () => {
    for (const t of allTools) {
      for (const [field, schema] of Object.entries(t.parameters.shape))
        expect((schema as z.ZodType).description, `${t.name}.${field}`).toBeTruthy();
    }
  });

  it('mark exactly the tools that change data as side effects', () => {
    expect(
      allTools
        .filter((t) => t.sideEffect)
        .map((t) => t.name)
        .sort(),
    ).toEqual(['book_appointment', 'cancel_booking', 'log_complaint', 'reschedule_booking']);
  });

  it('convert to strict OpenAI function schemas', () => {
    for (const t of allTools) {
      const converted = sdkTool({
        name: t.name,
        description: t.description,
        parameters: t.parameters as any,
        strict: true,
        execute: () => '',
      });
      const schema = converted.parameters as { required: string[] };
      expect(schema.required.sort(), t.name).toEqual(Object.keys(t.parameters.shape).sort());
    }
  });
});

describe('offline response templates', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededSalonDb());
  });
  afterAll(() => close());

  const dana = { customerName: 'Dana Ruiz', phone: '07700 900123' };
  /** A successful call of every tool each agent owns, run in order on one database. */
  const successfulCalls: [agent: string, tool: string, args: Record<string, unknown>][] = [
    ['Booking', 'list_services', {}],
    ['Booking', 'list_services', { serviceDescription: "men's cut" }],
    ['Booking', 'check_availability', { date: '2031-08-05', serviceDescription: 'blow dry' }],
    [
      'Booking',
      'book_appointment',
      { serviceDescription: 'blow dry', date: '2031-08-05', timeText: '10am', ...dana },
    ],
    ['Booking', 'get_booking', { bookingRef: 'GB-20310805-001' }],
    ['ColorConsultation', 'color_quote', { serviceDescription: 'balayage', hairLength: 'medium' }],
    ['ColorConsultation', 'get_booking', { bookingRef: 'GB-20310805-001' }],
    ['CustomerService', 'get_booking', { bookingRef: 'GB-20310805-001' }],
    ['CustomerService', 'check_availability', { date: '2031-08-06' }],
    [
      'CustomerService',
      'reschedule_booking',
      { bookingRef: 'GB-20310805-001', phone: dana.phone, date: '2031-08-06', timeText: '11:00' },
    ],
    // A change by reference needs the number the booking is under (a reference alone is guessable).
    ['CustomerService', 'cancel_booking', { bookingRef: 'GB-20310805-001', phone: dana.phone }],
    [
      'CustomerService',
      'log_complaint',
      { details: 'my stylist was late', complaintBookingRef: 'GB-20310805-001' },
    ],
  ];

  it.each(successfulCalls)(
    '%s %s %j fills every placeholder of its template from the result',
    async (agentName, name, args) => {
      const agent = salonGraph.agents.find((a) => a.name === agentName)!;
      const tool = agent.tools!.find((t) => t.name === name)!;
      const template = agent.responses?.tools?.[name];
      expect(template, `${agentName} has no template for ${name}`).toBeTruthy();
      const result = (await tool.execute(args, toolContext(db, agentName))) as Record<string, unknown>;
      const placeholders = [...template!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(placeholders.length).toBeGreaterThan(0);
      expect(
        placeholders.filter((p) => !['string', 'number'].includes(typeof result[p])),
        JSON.stringify(result),
      ).toEqual([]);
    },
  );

  it('has a template for every tool and an askFor line for every required argument and every `missing` a tool may report', () => {
    const reportable: Record<string, string[]> = {
      get_booking: ['bookingRef', 'phone'],
      reschedule_booking: ['bookingRef', 'phone'],
      cancel_booking: ['bookingRef', 'phone'],
      book_appointment: ['serviceDescription'],
      color_quote: ['serviceDescription', 'hairLength'],
    };
    for (const agent of salonGraph.agents) {
      for (const tool of agent.tools ?? []) {
        expect(agent.responses?.tools?.[tool.name], `${agent.name}/${tool.name}`).toBeTruthy();
        const required = Object.entries(tool.parameters.shape)
          .filter(([, schema]) => !(schema as z.ZodType).safeParse(undefined).success)
          .map(([field]) => field);
        for (const field of [...required, ...(reportable[tool.name] ?? [])])
          expect(agent.responses?.askFor?.[field], `${agent.name} askFor.${field}`).toBeTruthy();
      }
    }
  });
});
