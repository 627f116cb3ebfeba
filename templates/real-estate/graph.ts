import type { AgentSpec, GraphSpec } from '../../src/authoring.ts';
import { type RealEstateContext, realEstateContext } from './context.ts';
import * as examples from './examples.ts';
import * as text from './instructions.ts';
import { realEstateSetupSql } from './setup.ts';
import { AGENT_TOOLS, analyzeListingPhoto } from './tools.ts';

type Agent = AgentSpec<RealEstateContext>;

/** Every specialist hands back to Triage and may escalate to Human (added by the graph anyway). */
const BACK = ['Triage', 'Human'];

/**
 * Photo analysis is injected, not owned: SellerIntake and PhotoAnalyst get `analyze_listing_photo`
 * only when Triage (or SellerIntake, for PhotoAnalyst) hands them the conversation. Reached over any
 * other edge — ComparablePuller → SellerIntake after a valuation — they work without it.
 */
const withPhotoAnalysis = (to: string) => ({ to, injectTools: [analyzeListingPhoto] });

const ASK_CONTACT = {
  clientName: 'May I have your full name?',
  phone: "What's the best phone number to reach you?",
};
const ASK_LISTING = { listingId: 'Which home? The listing number looks like LST-1004.' };
const ASK_HOOD = {
  neighborhood:
    'Which neighborhood: Maplewood, Riverside, Old Town, Cedar Heights, Harbor Point or Lakeview?',
};

/**
 * Keystone sells homes; it has no rentals. "I'm looking to rent a 2 bed" reads to the router as a buyer's
 * search (bedrooms, a neighborhood), so renters were searched homes for sale or asked their budget. Said
 * plainly instead, with what we do and a person offered, asked or not.
 */
const NO_RENTALS = {
  // Asking to rent, not saying one rents now ("we're renting, want to buy" is a buyer).
  about: [
    'to rent',
    'for rent',
    'rent a ',
    'rent an ',
    'rent out',
    'rentals',
    'a rental',
    'rental apartment',
    'rental home',
    'to lease',
    'for lease',
    'lettings',
    'to let',
    // Asking about renting as an option ("what about renting in Old Town", "can we rent instead"):
    // "renting in" alone would also be a renter today ("we're renting in Old Town, want to buy").
    'about renting',
    'in renting',
    'into renting',
    'can i rent',
    'can we rent',
    'could i rent',
    'could we rent',
    'do you rent',
    'rent instead',
    'renting instead',
    'lease a ',
    'lease an ',
  ],
  say: "We only help people buy and sell homes: we don't handle rentals or leases. If you're thinking of buying, I can search homes for sale. If you would rather, I can pass you to a member of our team.",
  said: true,
};

const triage: Agent = {
  name: 'Triage',
  handoffDescription:
    'Front desk: greets the client and finds out what they need, for new topics or anything outside your job.',
  instructions: text.TRIAGE_INSTRUCTIONS,
  handoffs: [
    'BuyerQualifier',
    withPhotoAnalysis('SellerIntake'),
    'TourBooker',
    'FinancingQuoter',
    'ComparablePuller',
    'NeighborhoodExplainer',
    withPhotoAnalysis('PhotoAnalyst'),
    'CrmWriter',
    'Escalation',
    'Human',
  ],
  examples: examples.TRIAGE_EXAMPLES,
  responses: {
    answers: [NO_RENTALS],
    greeting:
      'Hi, welcome to Keystone Realty! Are you looking to buy, sell, see a home, or ask about financing or a neighborhood?',
    fallback:
      'I can help you buy or sell a home, book a viewing, estimate a mortgage or a home value, or tell you about a neighborhood. What would you like?',
  },
};

const specialists: Agent[] = [
  {
    name: 'BuyerQualifier',
    handoffDescription:
      'Buyers: budget, what homes are for sale, searching listings by price, bedrooms and neighborhood, and details of a listing.',
    instructions: text.BUYER_INSTRUCTIONS,
    tools: AGENT_TOOLS.BuyerQualifier,
    handoffs: ['CrmWriter', ...BACK],
    examples: examples.BUYER_EXAMPLES,
    responses: {
      greeting: "Exciting! What's your budget, and how many bedrooms do you need?",
      askFor: { maxPrice: "What's the most you'd like to spend?", ...ASK_LISTING },
      answers: [NO_RENTALS],
      tools: { search_listings: '{summary} Would you like to see any of them?', get_listing: '{summary}' },
      fallback: 'Tell me your budget, bedrooms and favourite neighborhoods and I will find homes that fit.',
    },
  },
  {
    name: 'SellerIntake',
    handoffDescription:
      'Sellers: listing or selling their home, starting a listing, preparing a home for sale.',
    instructions: text.SELLER_INSTRUCTIONS,
    tools: AGENT_TOOLS.SellerIntake,
    handoffs: ['CrmWriter', withPhotoAnalysis('PhotoAnalyst'), ...BACK],
    examples: examples.SELLER_EXAMPLES,
    responses: {
      greeting: "We'd love to help you sell. What's the address of the home?",
      askFor: {
        addressDescription: "What's the street address of the home you'd like to sell?",
        photoId: 'Which photo? The id is on the upload page and looks like PH-3001.',
        ...ASK_LISTING,
      },
      tools: {
        draft_listing: "{message} Feel free to share photo ids and I'll review them.",
        analyze_listing_photo: '{summary}',
      },
      // "what do you think it's worth?" asked while the listing form is open: what the desk can do is
      // said and the form's question asked again. Outside the form it goes to ComparablePuller.
      answers: [
        {
          about: ['worth', 'value', 'valuation', 'apprais', 'sell for', 'get for', 'market price'],
          say: "I can't put a figure on your home before our listing agent has seen it, but every listing comes with a free valuation from recent comparable sales, and once it's started I can pull those sales for your neighborhood.",
          midForm: true,
        },
        // "whats your commission?" asked with the address question open got the fallback and the question
        // again. No figure is made up here: the fee is agreed with the listing agent. Mid-form only: said on
        // arrival the answer alone left the address unasked (the digression stage keeps no rest there yet).
        {
          about: [
            'commission',
            'your fee',
            'your fees',
            'you charge',
            'do you take',
            'cost to sell',
            'cost me to sell',
          ],
          say: "Our fee is agreed with your listing agent once they've seen the home, and there's nothing to pay until it sells.",
          midForm: true,
        },
      ],
      fallback: "Give me the home's address and I'll start the listing; photos are welcome too.",
    },
  },
  {
    name: 'TourBooker',
    handoffDescription: 'Viewings: booking a tour, showing or visit of a home for sale, open houses.',
    instructions: text.TOUR_INSTRUCTIONS,
    tools: AGENT_TOOLS.TourBooker,
    handoffs: BACK,
    examples: examples.TOUR_EXAMPLES,
    responses: {
      greeting: 'Happy to set up a viewing. Which home, and which day suits you?',
      askFor: {
        ...ASK_LISTING,
        date: 'Which day would you like to view it?',
        timeText: 'What time? Viewings run from 9:00 to 18:30, on the hour or half hour.',
        ...ASK_CONTACT,
        bookedUnderPhone: 'What phone number was the viewing booked under?',
        // A move's own questions: worded apart from the booking's, so the answer goes to the move.
        newDate: 'Which day would you like instead?',
        newTime: 'What time would suit you instead?',
      },
      // A viewing this conversation booked, asked again for another time, is moved (tourTools.ts).
      tools: { book_tour: '{summary}' },
      // A move or a cancellation is read back in one line naming the viewing as booked (the look-up runs
      // first and asks the number it is under: forms/readBackFacts.ts); it runs on "yes".
      confirm: {
        cancel_tour: 'cancel your {find_mine.viewing}',
        reschedule_tour: [
          'move your {find_mine.viewing} to {newDate} at {newTime}',
          'move your {find_mine.viewing} to {newTime} on the same day',
          'move your {find_mine.viewing} to {newDate}, at the same time',
        ],
      },
      fallback:
        'Tell me the listing and a day and time, and I will book your viewing, or move or cancel one you have.',
    },
  },
  {
    name: 'FinancingQuoter',
    handoffDescription:
      'Financing: mortgage rates, monthly payments, down payments, loan options and pre-approval.',
    instructions: text.FINANCING_INSTRUCTIONS,
    tools: AGENT_TOOLS.FinancingQuoter,
    handoffs: BACK,
    examples: examples.FINANCING_EXAMPLES,
    responses: {
      greeting: 'Let me run the numbers. What price of home, and how much would you put down?',
      askFor: { price: 'What price of home should I quote on?' },
      tools: { quote_mortgage: '{summary}' },
      // "can I get pre-approved through you?": a lender pre-approves, not us. Said plainly, with what we
      // can do next (an agent's call, which the call-back desk records), not a request for more details.
      answers: [
        {
          about: ['pre approv', 'preapprov', 'pre qualif', 'prequalif'],
          say: "We don't pre-approve loans ourselves: a lender does, and one of our agents can call you to put you in touch with one. I can also estimate your monthly payments on a home's price.",
        },
      ],
      fallback: 'Give me a home price and your down payment and I will estimate the monthly payments.',
    },
  },
  {
    name: 'ComparablePuller',
    handoffDescription:
      'Valuations: what a home is worth, recent sold prices and comparable sales (comps) in a neighborhood.',
    instructions: text.COMPARABLES_INSTRUCTIONS,
    tools: AGENT_TOOLS.ComparablePuller,
    handoffs: ['SellerIntake', ...BACK],
    examples: examples.COMPARABLE_EXAMPLES,
    responses: {
      greeting: 'I can pull recent sales for you. Which neighborhood is the home in, and how many bedrooms?',
      askFor: { ...ASK_HOOD },
      tools: { pull_comparables: '{summary}' },
      fallback:
        'Tell me the neighborhood and bedrooms, or a listing number, and I will pull comparable sales.',
    },
  },
  {
    name: 'NeighborhoodExplainer',
    handoffDescription:
      'Neighborhoods: what an area is like, schools, walkability, commute, property taxes and amenities.',
    instructions: text.NEIGHBORHOOD_INSTRUCTIONS,
    tools: AGENT_TOOLS.NeighborhoodExplainer,
    handoffs: BACK,
    examples: examples.NEIGHBORHOOD_EXAMPLES,
    responses: {
      greeting: 'Happy to tell you about our neighborhoods. Which one are you curious about?',
      askFor: { ...ASK_HOOD },
      tools: { describe_neighborhood: '{summary}' },
      // "What does the walk score mean?", "the property tax you said, is that every year?": what the
      // desk's own summary says, asked back. Router-wise those words read as the front desk's (a
      // question about ratings), and the mortgage desk answered them. Only the meaning is asked here: "what's
      // the property tax in Riverside?" still looks Riverside up.
      answers: [
        {
          about: ['walk score mean', 'walkscore mean', 'a walk score', 'walk score is', 'walk score stand'],
          say: 'The walk score runs from 0 to 100 and says how much of daily life you can do on foot: 90 and over, errands need no car; 70 to 89, most of them can be walked; 50 to 69, some can; under 50, most need a car or the bus.',
        },
        {
          about: [
            'tax every year',
            'tax each year',
            'tax yearly',
            'tax annual',
            'every year or',
            'just once when',
            'tax mean',
            'tax you said',
            'taxes you said',
          ],
          say: "Property tax is paid every year, not once when you buy: the rate is a share of the home's assessed value each year (at 1% a year, a $400,000 home pays about $4,000 a year), and it's often paid monthly along with the mortgage.",
        },
      ],
      fallback:
        'We cover Maplewood, Riverside, Old Town, Cedar Heights, Harbor Point and Lakeview. Which would you like to hear about?',
    },
  },
  {
    name: 'PhotoAnalyst',
    handoffDescription:
      'Photos: what listing photos or photos a client shares show, rooms, condition, features and staging tips.',
    instructions: text.PHOTO_INSTRUCTIONS,
    tools: AGENT_TOOLS.PhotoAnalyst,
    handoffs: BACK,
    examples: examples.PHOTO_EXAMPLES,
    responses: {
      greeting: 'Send me a photo id or a listing number and I will tell you what the pictures show.',
      askFor: { photoId: 'Which photo? The id looks like PH-3001.', ...ASK_LISTING },
      tools: { analyze_listing_photo: '{summary}', list_listing_photos: '{summary}' },
      fallback: 'Give me a photo id like PH-3001, or a listing number, and I will look at the pictures.',
    },
  },
  {
    name: 'CrmWriter',
    handoffDescription:
      'Contact requests: record the client as a lead so an agent calls or emails them back, callbacks and listing alerts.',
    instructions: text.CRM_INSTRUCTIONS,
    tools: AGENT_TOOLS.CrmWriter,
    handoffs: BACK,
    examples: examples.CRM_EXAMPLES,
    responses: {
      greeting: 'I can have one of our agents reach out. May I have your name and a phone number or email?',
      askFor: { ...ASK_CONTACT },
      tools: { record_lead: '{message}' },
      fallback: 'Leave me your name and a phone number or email and an agent will be in touch.',
    },
  },
  {
    name: 'Escalation',
    handoffDescription:
      'Complaints and disputes: an agent’s conduct, discrimination or fair housing concerns, deposit and contract disputes, legal problems.',
    instructions: text.ESCALATION_INSTRUCTIONS,
    tools: AGENT_TOOLS.Escalation,
    handoffs: BACK,
    examples: examples.ESCALATION_EXAMPLES,
    responses: {
      greeting: "I'm sorry to hear something went wrong. Can you tell me what happened?",
      askFor: { details: "I'm sorry to hear that. Can you tell me what happened?" },
      tools: { open_escalation: '{message}' },
      fallback: 'Tell me what happened and I will open a case for our managing broker.',
    },
  },
];

/**
 * Keystone Realty: a large star. Triage in front of nine specialists, each with one job and its own
 * tool, handing back to Triage; photo analysis injected per edge. `policy.escalateTo` stays `Human`:
 * the fallback must reach a person even when the handoff cap has tripped, and an Escalation agent as
 * the target would still need a (capped) handoff to get there. Escalation is a specialist whose tool
 * records the case and escalates deterministically.
 */
export const realEstateGraph: GraphSpec<typeof realEstateContext> = {
  name: 'real-estate',
  businessNames: ['Keystone Realty', 'Keystone'],
  description:
    'Keystone Realty: triage in front of buyer, seller, tour, financing, valuation, area, photo, CRM and escalation specialists.',
  entry: 'Triage',
  // Hybrid threshold from held-out data (docs/routing.md): the lowest at which routing.jsonl's held-out
  // folds and eval/dev.jsonl both reached 0.98 precision (0.83 with the word-vector router), plus 0.05.
  routing: { threshold: 0.88 },
  styleGuide: text.STYLE_GUIDE,
  context: realEstateContext,
  setupSql: realEstateSetupSql,
  // In a star every change of topic costs two handoffs (back to Triage, on to the next specialist).
  policy: { maxHandoffs: 14, warnAt: 10 },
  agents: [triage, ...specialists],
};
