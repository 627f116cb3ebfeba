import { z } from 'zod';

/** The salon's stylists by first name: what customers say ("with Maya") and what tools accept. */
export const SALON_STYLISTS = ['Maya', 'Theo', 'Priya', 'Jonas', 'Aisha'] as const;
export type SalonStylist = (typeof SALON_STYLISTS)[number];

/** Hair length changes colour and smoothing prices and how long the chair is booked. */
export const HAIR_LENGTHS = ['short', 'medium', 'long'] as const;
export type HairLength = (typeof HAIR_LENGTHS)[number];

/** Booking references as the database writes them: GB-<appointment day>-<sequence of that day>. */
export const BOOKING_REF = /^GB-\d{8}-\d{3,}$/;

/**
 * What the assistant knows about the caller. Tools write it and every agent reads it, so after a
 * handoff nobody asks again for the booking reference, the name or the phone number. All optional: a
 * conversation starts empty.
 */
export const salonContext = z.object({
  customerName: z.string().optional().describe("The customer's name, as they gave it"),
  phone: z.string().optional().describe('Mobile number the booking is under'),
  bookingRef: z
    .string()
    .regex(BOOKING_REF)
    .optional()
    .describe('Reference of the booking this conversation is about, e.g. GB-20310613-002'),
  // The booking's own day and time, for the move's read-back ("at 10:00, its time now") and for a day
  // said alone ("the twelfth": that booking's month).
  bookingDay: z.string().optional().describe('Day of the booking this conversation is about, YYYY-MM-DD'),
  bookingTime: z
    .string()
    .optional()
    .describe('Start time of the booking this conversation is about, e.g. 10:00'),
  quotedService: z
    .string()
    .optional()
    .describe(
      'Service id of the last colour quote (e.g. COL-BAL), booked when the customer says "book that"',
    ),
  timeText: z
    .string()
    .optional()
    .describe('The earliest time offered for the part of the day the customer asked for (e.g. 13:00)'),
  quotedLength: z.enum(HAIR_LENGTHS).optional().describe('Hair length the last quote was for'),
  // Said by the booking's read-back when the customer booked it as "that" ("let's book that").
  quotedServiceName: z.string().optional().describe('Name of the last colour quoted, e.g. balayage'),
  complaintRef: z.string().optional().describe('Reference of the complaint logged in this conversation'),
});

export type SalonContext = z.infer<typeof salonContext>;
