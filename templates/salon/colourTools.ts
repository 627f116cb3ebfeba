import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { stylistsFor } from './availability.ts';
import { PATCH_TEST_NOTE } from './bookingTools.ts';
import { HAIR_LENGTHS, type SalonContext } from './context.ts';
import { formatDuration, formatPrice } from './format.ts';
import { allServices, dependsOnLength, matchService, orList, priceFor } from './serviceMatch.ts';

type Ctx = ToolRunContext<SalonContext>;

const COLOUR_MENU =
  'root touch-up, full colour, highlights, balayage, toner, grey blending or a colour correction';

export const colorQuote = defineTool({
  name: 'color_quote',
  description:
    'Quote a colour service (balayage, highlights, full colour, roots, toner, grey blending, colour correction) for the customer\'s hair length: price, time in the chair, whether a patch test is needed and which colourists do it. Use it for any colour price or cost question ("how much is a toner?"); the quote can then be booked.',
  parameters: z.object({
    serviceDescription: z
      .string()
      .describe("The colour the customer wants, in their words, e.g. 'balayage' or 'cover my greys'"),
    hairLength: z
      .enum(HAIR_LENGTHS)
      .optional()
      .describe('short, medium or long; needed when the price depends on length'),
  }),
  execute: async (args, ctx: Ctx) => {
    const services = await allServices(ctx.db);
    const match = matchService(services, args.serviceDescription);
    const service =
      match.kind === 'one' ? match.service : services.find((s) => s.id === ctx.state.quotedService);
    if (!service || service.id === 'PATCH') {
      return {
        found: false,
        missing: 'serviceDescription',
        message: `Which colour are you thinking of: ${COLOUR_MENU}?`,
      };
    }
    const length =
      args.hairLength ?? (service.id === ctx.state.quotedService ? ctx.state.quotedLength : undefined);
    if (!length && dependsOnLength(service)) {
      // The colour named stays the one quoted while its length is asked: the reply ("long") names none.
      rememberQuote(ctx.state, service);
      return {
        found: false,
        missing: 'hairLength',
        // The range is said with the question: "how much is keratin?" gets a figure even when the
        // customer never says their length (they may only be asking).
        message: `${capitalised(service.name)} depends on length: ${lengthRange(service)}. Is your hair short, medium or long?`,
      };
    }
    const { priceCents, durationMin } = priceFor(service, length);
    const colourists = (await stylistsFor(ctx.db, service)).map((s) => s.name);
    rememberQuote(ctx.state, service);
    if (length) ctx.state.quotedLength = length;
    const forLength = length && dependsOnLength(service) ? ` for ${length} hair` : '';
    const note = service.patchTest ? PATCH_TEST_NOTE : 'No patch test is needed for this one.';
    const summary =
      `${capitalised(service.name)}${forLength} is ${formatPrice(priceCents)} and takes about ` +
      `${formatDuration(durationMin)}, with ${orList(colourists)}. ${note}`;
    return {
      found: true,
      service: service.name,
      serviceId: service.id,
      hairLength: length ?? null,
      price: formatPrice(priceCents),
      duration: formatDuration(durationMin),
      patchTestNeeded: service.patchTest,
      colourists,
      summary,
      message: summary,
    };
  },
});

const capitalised = (name: string) => `${name[0].toUpperCase()}${name.slice(1)}`;

/** "$250 for short hair, $275 for medium, $300 for long, about 2 h 30 min to 3 h". */
function lengthRange(service: Parameters<typeof priceFor>[0]): string {
  const prices = HAIR_LENGTHS.map((l) => `${formatPrice(priceFor(service, l).priceCents)} for ${l}`);
  const shortest = formatDuration(priceFor(service, 'short').durationMin);
  const longest = formatDuration(priceFor(service, 'long').durationMin);
  const time = shortest === longest ? `about ${shortest}` : `about ${shortest} to ${longest}`;
  return `${prices.join(', ')} hair, ${time} in the chair`;
}

/** The colour quoted: booked when the customer says "book that", and named so in the read-back. */
function rememberQuote(state: SalonContext, service: { id: string; name: string }): void {
  state.quotedService = service.id;
  state.quotedServiceName = service.name;
}
