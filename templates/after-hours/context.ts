import { z } from 'zod';

/**
 * What the after-hours line knows about the caller, written by tools and read by every rung of the
 * ladder, so nobody asks twice after an escalation. Everything is optional: a call starts empty.
 */
export const afterHoursContext = z.object({
  callerName: z.string().optional().describe("The caller's name, as they gave it"),
  phone: z.string().optional().describe('Number to call back'),
  accountId: z.string().optional().describe('Billing account, e.g. AC-2001'),
  claimId: z.string().optional().describe('Insurance claim last discussed, e.g. CLM-7001'),
  slotId: z.string().optional().describe('Open slot last offered, e.g. SL-401'),
  bookedSlotId: z
    .string()
    .optional()
    .describe("The caller's booked slot a cancel or move is about, once named, e.g. SL-438"),
  // Kept beside the slot so that a new day said from it ("the day after", "a week later") is counted
  // from the appointment's day, not today's: the model reads no day out of a slot number.
  bookedDate: z.string().optional().describe("The day of the caller's booked slot in hand, YYYY-MM-DD"),
  callbackId: z.string().optional().describe('Reference of the callback queued in this call, e.g. CB-1'),
  detailMisses: z
    .number()
    .optional()
    .describe('Times a name and phone number given to change an appointment matched none (bookingHolder.ts)'),
});

export type AfterHoursContext = z.infer<typeof afterHoursContext>;
