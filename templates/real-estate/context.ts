import { z } from 'zod';

/** The neighborhoods the agency covers; what customers say and what tools accept. */
export const NEIGHBORHOODS = [
  'Maplewood',
  'Riverside',
  'Old Town',
  'Cedar Heights',
  'Harbor Point',
  'Lakeview',
] as const;
export type Neighborhood = (typeof NEIGHBORHOODS)[number];

/**
 * What the assistant has learned about the client. Tools write it and every agent reads it: the
 * budget BuyerQualifier heard is what FinancingQuoter quotes on and what CrmWriter records, without
 * the client repeating it. All optional: a conversation starts empty.
 */
export const realEstateContext = z.object({
  clientName: z.string().optional().describe("The client's name, as they gave it"),
  email: z.string().optional().describe("The client's email address"),
  phone: z.string().optional().describe("The client's phone number"),
  budget: z.number().int().positive().optional().describe('Highest price the buyer wants to pay, in dollars'),
  bedroomsWanted: z.number().int().positive().optional().describe('Bedrooms the buyer needs at least'),
  neighborhood: z.enum(NEIGHBORHOODS).optional().describe('Neighborhood last discussed'),
  listingId: z.string().optional().describe('Listing last discussed, e.g. LST-1004'),
  buyerQualified: z.boolean().optional().describe('The buyer gave a budget that matches homes on the market'),
  sellerAddress: z.string().optional().describe('Street address of the home the client is selling'),
  sellerListingId: z.string().optional().describe('Draft listing created for the seller, e.g. LST-2001'),
  tourId: z.string().optional().describe('Reference of the tour booked, e.g. TOUR-7'),
  // The day a move counts from and reads a day of the month in ("three p.m. on the fourteenth").
  tourDate: z.string().optional().describe('Day of the viewing this conversation is about, YYYY-MM-DD'),
  leadId: z.string().optional().describe('CRM lead recorded for the client, e.g. LEAD-12'),
  escalationId: z.string().optional().describe('Escalation case opened, e.g. ESC-3'),
});

export type RealEstateContext = z.infer<typeof realEstateContext>;
