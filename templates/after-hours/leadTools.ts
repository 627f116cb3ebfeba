import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import type { AfterHoursContext } from './context.ts';
import { afterHoursCallbacks, afterHoursOnCall } from './schema.ts';
import { ON_CALL_ROLES, type OnCallRole } from './seedData.ts';

type Ctx = ToolRunContext<AfterHoursContext>;

/** Which queue and which on-call person a lead means by default: its own side of the house. */
const SIDE: Record<string, { queue: 'clinical' | 'operations'; role: OnCallRole }> = {
  ClinicalLead: { queue: 'clinical', role: 'physician' },
  OperationsLead: { queue: 'operations', role: 'operations' },
};
const sideOf = (agent: string) => SIDE[agent] ?? SIDE.OperationsLead;

export const lookupOnCall = defineTool({
  name: 'lookup_on_call',
  description:
    'Who is on call tonight from the on-call roster: the on-call doctor, nurse, billing supervisor, insurance coordinator or operations manager, with their extension and shift.',
  parameters: z.object({
    role: z
      .enum(ON_CALL_ROLES)
      .optional()
      .describe("Role asked for; omit for this lead's own on-call person"),
  }),
  execute: async (args, ctx: Ctx) => {
    const role = args.role ?? sideOf(ctx.agent).role;
    const [person] = await ctx.db
      .select()
      .from(afterHoursOnCall)
      .where(eq(afterHoursOnCall.role, role))
      .limit(1);
    if (!person) return { found: false, role, message: `Nobody is on call for ${role} tonight.` };
    return {
      found: true,
      role,
      name: person.name,
      extension: person.extension,
      shift: `${person.startsAt} to ${person.endsAt}`,
      message: `${person.name} is on call tonight from ${person.startsAt} to ${person.endsAt}, extension ${person.extension}.`,
    };
  },
});

export const queueCallback = defineTool({
  name: 'queue_callback',
  description:
    'Put the caller in the callback queue so the on-call team phones them back: needs their name, a phone number and the reason. Use it once the caller wants a call back.',
  sideEffect: true,
  parameters: z.object({
    callerName: z.string().describe("The caller's name"),
    phone: z.string().describe('Number to call back, e.g. 555-0142'),
    reason: z.string().describe('What the callback is about, in a few words'),
  }),
  execute: async (args, ctx: Ctx) => {
    const digits = args.phone.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) {
      return {
        queued: false,
        missing: 'phone',
        message: "That number looks incomplete. What's the best number to reach you?",
      };
    }
    if (ctx.state.callbackId) {
      return {
        queued: true,
        callbackId: ctx.state.callbackId,
        message: `You're already in the callback queue (${ctx.state.callbackId}).`,
      };
    }
    const queue = sideOf(ctx.agent).queue;
    const [row] = await ctx.db
      .insert(afterHoursCallbacks)
      .values({
        queue,
        callerName: args.callerName.trim(),
        phone: args.phone.trim(),
        reason: args.reason.trim(),
        status: 'queued',
      })
      .returning({ id: afterHoursCallbacks.id });
    Object.assign(ctx.state, {
      callerName: args.callerName.trim(),
      phone: args.phone.trim(),
      callbackId: row.id,
    });
    return {
      queued: true,
      callbackId: row.id,
      queue,
      message: `Thanks, ${args.callerName.trim()}. You're in the ${queue} callback queue (${row.id}); someone will call ${args.phone.trim()} tonight.`,
    };
  },
});

export const leadTools = [lookupOnCall, queueCallback];
