import type { GraphSpec } from '../../src/authoring.ts';
import { HOURS_QUESTION } from '../shared/hoursQuestion.ts';
import { salonContext } from './context.ts';
import {
  BOOKING_EXAMPLES,
  COLOR_EXAMPLES,
  CUSTOMER_SERVICE_EXAMPLES,
  FRONT_DESK_EXAMPLES,
} from './examples.ts';
import {
  BOOKING_INSTRUCTIONS,
  COLOR_INSTRUCTIONS,
  CUSTOMER_SERVICE_INSTRUCTIONS,
  FRONT_DESK_INSTRUCTIONS,
  STYLE_GUIDE,
} from './instructions.ts';
import { SERVICE_ROWS } from './seedData.ts';
import { normalizeWords } from './serviceMatch.ts';
import { salonSetupSql } from './setup.ts';
import { bookingAgentTools, colourAgentTools, customerServiceTools } from './tools.ts';

const SPECIALISTS = ['Booking', 'ColorConsultation', 'CustomerService'] as const;

/** A specialist's edges: every other specialist directly, FrontDesk for unrelated topics, and Human. */
const peersOf = (self: (typeof SPECIALISTS)[number]) => [
  ...SPECIALISTS.filter((s) => s !== self),
  'FrontDesk',
  'Human',
];

/** Questions every salon agent answers on the spot, also in the middle of a booking (docs/dialogue.md). */
const SALON_ANSWERS = [
  {
    about: [...HOURS_QUESTION],
    say: "We're open Tuesday to Saturday, 9:00 to 18:00, and until 20:00 on Thursdays; closed Sunday and Monday.",
  },
  {
    about: ['park', 'parking', 'car'],
    say: "There's a public car park on Mill Lane, two minutes' walk away, and street parking after 18:00.",
  },
  {
    about: ['where are you', 'address', 'located', 'location', 'find you', 'directions'],
    say: "We're at 14 Garden Row, next to the bakery.",
  },
  {
    about: ['voucher', 'gift card', 'gift certificate', 'giftcard'],
    say: "Yes, we sell gift vouchers from $25, or for a named service; buy one at the desk or we can email it. They're valid for 12 months.",
  },
  {
    // The salon has no written cancellation terms (nothing in this template states a fee or a notice
    // period), so the honest answer says so and offers a person rather than guessing at one.
    about: [
      'fee for cancel',
      'fee if i cancel',
      'fee to cancel',
      'cancellation fee',
      'cancelation fee',
      'cancellation charge',
      'charge for cancel',
      'charge if i cancel',
      'charge to cancel',
      'cancellation policy',
      'cancelation policy',
      'pay if i cancel',
      'no show fee',
      'late cancellation',
    ],
    say: "I don't have our cancellation terms written down here, so I won't guess at a fee. If you would rather, I can pass you to a member of our team.",
  },
  {
    about: ['nails', 'manicure', 'pedicure', 'waxing', 'eyebrow', 'brows', 'lashes', 'makeup', 'facial'],
    say: "We're a hair salon only: cuts, colour and treatments, so no nails, waxing, brows, lashes or make-up. If you would rather, I can pass you to a member of our team.",
    // Said too ("I want a manicure on friday"): a service we don't offer, whose booking words the router
    // would take for ours, and what is said beside a question about it is about it (digressionStage.ts).
    said: true,
  },
];

/**
 * Every name and keyword of the service menu as one pattern (words as serviceMatch.ts compares them:
 * lower case, no apostrophes): words that name a service are never too vague to book.
 */
const SERVICE_PHRASE_LIST = SERVICE_ROWS.flatMap((row) => [String(row[1]), ...String(row[9]).split(';')])
  .map((phrase) => normalizeWords(phrase).trim())
  .filter((phrase) => phrase !== '');
const SERVICE_PHRASES = `\\b(?:${SERVICE_PHRASE_LIST.map((phrase) => phrase.split(' ').join('[^a-z0-9]+')).join('|')})s?\\b`;

/**
 * What the booking tool can book from (serviceMatch.ts): a menu phrase in either spelling ("color"),
 * a cut named by whom it is for ("mens please", "a cut for my son"), or the service quoted earlier
 * ("book that"). A value naming none of these ("something", "an appointment") is asked for before the
 * read-back instead of being read back and refused after the customer's "yes".
 */
const BOOKABLE = [
  SERVICE_PHRASES.replace(/colour/g, 'colou?r').replace(/grey/g, 'gr[ae]y'),
  `\\b(?:${[...new Set(SERVICE_PHRASE_LIST.map((phrase) => phrase.match(/^(\w+) cut$/)?.[1]).filter(Boolean))].join('|')})\\b`,
  '\\b(?:hair ?)?cut(?:ting)?\\b.*\\bfor\\b',
  '^\\W*(?:that|it|this|the same|same)\\b|\\b(?:book|do|have|get|want|take|go with)(?: me)?(?: in)?(?: for)? (?:that|it|this|the same)\\b',
].join('|');

/** Booking's time question; also closes its list of free times, so "3pm works" answers the booking. */
// The open days too: "Can I book a blow-dry for next Monday?" was asked the time as if Monday were open.
const ASK_TIME =
  "What time would you like? We're open Tuesday to Saturday, 9:00 to 18:00, Thursdays until 20:00.";

const ASK_BOOKING = {
  bookingRef: "What's your booking reference? It's on your confirmation and starts with GB-.",
  phone: "What's the phone number the booking is under?",
};

/**
 * Gloss & Blade, a hair salon. Decentralized handoffs: FrontDesk greets and routes, and the three
 * specialists pass the conversation straight to one another (a booking made in Booking is moved by
 * CustomerService without a trip through the front desk). The booking reference lives in the
 * conversation context, so every agent can act on it after any number of handoffs.
 *
 * `responses` drive the offline model; tool templates use fields every successful result carries.
 */
export const salonGraph: GraphSpec<typeof salonContext> = {
  name: 'salon',
  businessNames: ['Gloss & Blade'],
  description:
    'Gloss & Blade hair salon: bookings, colour consultations and customer service, handing off to each other.',
  entry: 'FrontDesk',
  // Hybrid threshold from held-out data (docs/routing.md): the lowest at which routing.jsonl's held-out
  // folds and eval/dev.jsonl both reached 0.98 precision (0.96 with the word-vector router), plus
  // a 0.05 margin for small sets, capped at 0.99.
  routing: { threshold: 0.99 },
  styleGuide: STYLE_GUIDE,
  context: salonContext,
  setupSql: salonSetupSql,
  // Peers hand off directly, so one conversation may hop more than in a star; still capped.
  policy: { maxHandoffs: 8, warnAt: 6 },
  agents: [
    {
      name: 'FrontDesk',
      handoffDescription:
        'Front desk: opening hours, address, parking, gift vouchers, and anything that is not about appointments, hair colour or an existing booking.',
      instructions: FRONT_DESK_INSTRUCTIONS,
      handoffs: [...SPECIALISTS, 'Human'],
      examples: FRONT_DESK_EXAMPLES,
      responses: {
        greeting:
          'Hi, welcome to Gloss & Blade! Would you like to book, talk about colour, or is it about an existing appointment?',
        answers: SALON_ANSWERS,
        fallback:
          "We're at 14 Garden Row, open Tuesday to Saturday 9 to 6 and Thursdays until 8. I can book you in, quote a colour, or help with an existing booking. What would you like?",
      },
    },
    {
      name: 'Booking',
      handoffDescription:
        'New appointments: booking a cut, blow-dry, colour or treatment, free times and stylists, and prices and durations on the service menu.',
      instructions: BOOKING_INSTRUCTIONS,
      tools: bookingAgentTools,
      handoffs: peersOf('Booking'),
      examples: BOOKING_EXAMPLES,
      responses: {
        greeting: "Lovely, let's get you booked in. What would you like done, and which day suits you?",
        askFor: {
          serviceDescription:
            "Which service would you like, for example a women's cut and blow-dry, a men's cut, balayage or a keratin smoothing?",
          date: "Which day would you like to come in? We're open Tuesday to Saturday.",
          timeText: ASK_TIME,
          customerName: 'What name should I put the booking under?',
          bookingRef: ASK_BOOKING.bookingRef,
          // Booking asks for a new booking's number; the others ask which booking a number is on.
          phone: 'And a mobile number for the booking?',
        },
        tools: {
          list_services: '{summary}',
          check_availability: `{summary} ${ASK_TIME}`,
          book_appointment:
            "You're booked: {service} with {stylist} on {when}. Your reference is {reference}. {note}",
          get_booking: '{summary}',
        },
        answers: SALON_ANSWERS,
        confirm: {
          // The stylist asked for is read back, so a customer who named one hears it was kept.
          book_appointment: [
            '{serviceDescription} with {stylist} on {date}, {timeText}, under {customerName}, {phone}',
            '{serviceDescription} on {date}, {timeText}, under {customerName}, {phone}',
            // "let's book that" after a colour quote: the colour quoted, never "that with Aisha".
            '{quotedServiceName} with {stylist} on {date}, {timeText}, under {customerName}, {phone}',
            '{quotedServiceName} on {date}, {timeText}, under {customerName}, {phone}',
          ],
        },
        // "a haircut", "just a trim" could be any of the three cuts (serviceMatch.ts asks the same): the
        // offline model asks which before the read-back, so one "yes" books. Not when the words name
        // a service on the menu ("a haircut for my son" is the children's cut).
        clarify: {
          serviceDescription: {
            unless: SERVICE_PHRASES,
            when: '^(?:just |only )?(?:an? |my )?(?:quick |simple |normal |regular )?(?:hair ?cut|cut|trim)s?(?: really| please| pls| thanks)?$',
            ask: "Which cut would you like: a women's cut and blow-dry, a men's cut or a kids cut?",
            names: BOOKABLE,
          },
        },
        fallback: 'I can check free times, tell you prices, or book you in. What would you like?',
      },
    },
    {
      name: 'ColorConsultation',
      handoffDescription:
        'Hair colour: colour advice and quotes for balayage, highlights, roots, grey coverage, toner and colour corrections, and patch tests.',
      instructions: COLOR_INSTRUCTIONS,
      tools: colourAgentTools,
      handoffs: peersOf('ColorConsultation'),
      examples: COLOR_EXAMPLES,
      responses: {
        greeting:
          "I'd love to help with colour. What are you thinking of, and is your hair short, medium or long?",
        askFor: {
          serviceDescription:
            'Which colour are you thinking of: root touch-up, full colour, highlights, balayage, toner, grey blending or a colour correction?',
          hairLength: 'Is your hair short, medium or long?',
          ...ASK_BOOKING,
        },
        tools: {
          color_quote: '{summary} Would you like me to book it?',
          get_booking: '{summary}',
        },
        answers: SALON_ANSWERS,
        fallback:
          "I can quote any colour for your hair length and tell you if you'll need a patch test. What colour are you after?",
      },
    },
    {
      name: 'CustomerService',
      handoffDescription:
        'Existing bookings and complaints: look up, reschedule or cancel a booking, running late, and complaints about a cut, colour, stylist or charge.',
      instructions: CUSTOMER_SERVICE_INSTRUCTIONS,
      tools: customerServiceTools,
      handoffs: peersOf('CustomerService'),
      examples: CUSTOMER_SERVICE_EXAMPLES,
      responses: {
        greeting: 'Happy to help with your booking. What would you like to do?',
        askFor: {
          date: "Which day would you like instead? We're open Tuesday to Saturday.",
          timeText: 'What time would suit you?',
          details: "I'm so sorry to hear that. Can you tell me what happened?",
          ...ASK_BOOKING,
        },
        tools: {
          get_booking: '{summary}',
          reschedule_booking:
            'Done: your {service} is now on {when} with {stylist}. The reference stays {reference}.',
          cancel_booking:
            "I've cancelled your {service} on {when}; the reference was {reference}. We hope to see you another time.",
          check_availability: '{summary} Which one would you like?',
          log_complaint: '{message}',
        },
        answers: SALON_ANSWERS,
        confirm: {
          // No time said: the booking keeps its own, if free that day (the tool says if not); named
          // once the booking was looked up (its time is in the state), else "the same time".
          // Named as the booking it is ("your toner and gloss on Thursday …") when it was looked up in
          // this conversation: the customer hears which of their bookings moves.
          reschedule_booking: [
            'move your {get_booking.service?} on {get_booking.when?} ({bookingRef}) to {date}, {timeText}',
            'move your {get_booking.service?} on {get_booking.when?} ({bookingRef}) to {timeText} on the same day',
            'move your {get_booking.service?} on {get_booking.when?} ({bookingRef}) to {date}, keeping its time of {bookingTime}',
            'move your {get_booking.service?} on {get_booking.when?} ({bookingRef}) to {date}, at the same time',
            'move booking {bookingRef} to {date}, {timeText}',
            // Only a new time ("can you make it 3pm instead"): the booking keeps its day.
            'move booking {bookingRef} to {timeText} on the same day',
            'move booking {bookingRef} to {date}, keeping its time of {bookingTime}',
            'move booking {bookingRef} to {date}, at the same time',
          ],
          // What the booking is, when it was looked up: "cancel booking GB-…" alone let a yes meant for
          // the toner cancel the haircut listed beside it.
          cancel_booking: [
            'cancel your {get_booking.service?} on {get_booking.when?} (booking {bookingRef})',
            'cancel booking {bookingRef}',
          ],
        },
        fallback:
          'I can look up, move or cancel your booking, or pass a complaint to the manager. What would you like to do?',
      },
    },
  ],
};
