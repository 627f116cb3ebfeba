import { lightStem } from './lightStem.ts';
import { tokenize } from './textFeatures.ts';

/**
 * A small, graph-independent paraphrase lexicon of customer-support language. Each group names one
 * idea that customers put in many words ("refund", "money back", "reimburse me", "charge it back");
 * a message that uses any of them also gets the group's concept feature, so a router trained on one
 * wording recognises the others. Groups say nothing about which agent handles what: the classifier
 * learns that from the graph's own examples, as it does for any other feature.
 *
 * Matching is on light stems over all tokens (stopwords included: "log in", "talk to"), so plurals and
 * tenses need no entries. Keep words here unambiguous in support talk: "book" (a demo, a table) and
 * "show" (me a demo, on TV) are left out on purpose.
 */
const GROUPS: Record<string, string> = {
  refund:
    'refund|reimburse|reimbursement|money back|my money|pay me back|compensate|compensation|credit back|reverse the charge|reversal|dollars back|euros back|pounds back|get back what|want it back',
  dispute: 'dispute|chargeback|charge back|contest the charge|not authorized|unauthorized|fraud',
  invoice: 'invoice|bill|statement|receipt|billing|inv',
  charge:
    'charge|overcharge|billed|debit|deduct|took money|double charged|charged twice|withdrawn|transaction',
  payment: 'payment|pay|card|credit card|debit card|bank|autopay|direct debit|declined|bounce|wire|paypal',
  balance: 'balance|owe|outstanding|overdue|past due|arrears|amount due',
  fee: 'fee|surcharge|overage|penalty|late fee|tax|vat|extra cost|hidden cost|setup fee|set up fee|activation fee|installation fee|setup cost|one off cost',
  price:
    'price|pricing|cost|how much|quote|quotation|rate|rates|call rates|expensive|cheap|cheaper|cheapest|affordable|budget|per seat|per user|per minute|per month|per line|per number|what does it cost|charge for',
  plan: 'plan|tier|package|subscription|edition|bundle|license|seat',
  buy: 'buy|purchase|sign up|signup|subscribe|new customer|get started|onboard|switch to you|prospect|shopping around|looking for a provider|evaluate|evaluating|evaluation|shopping for|considering switching|become a customer|join you',
  demo: 'demo|demonstration|walkthrough|walk through|product tour|presentation|showcase',
  trial: 'trial|free trial|try it|try you|test drive|pilot|sandbox',
  discount: 'discount|promo|promotion|coupon|deal|special offer|nonprofit|non profit',
  feature: 'feature|capability|functionality|include|come with|offer|support for|integrate|integration with',
  compare: 'compare|comparison|versus|vs|difference between|competitor|alternative|better than',
  compliance: 'compliance|compliant|hipaa|gdpr|soc 2|pci|data protection|privacy rules|data residency',
  contract:
    'contract|enterprise|sla|procurement|annual|yearly|uptime|uptime guarantee|service level|guaranteed availability',
  change_plan:
    'upgrade|downgrade|switch plan|change plan|change my plan|change our plan|move to|move me to|move us to|switch to|switch me to|switch us to|put me on|put us on|go back to|bump us up',
  cancel: 'cancel|cancellation|terminate|close my account|close account|stop my subscription',
  failure:
    'fail|failure|broken|break|not working|doesnt work|dont work|isnt working|wont work|stopped working|stop working|malfunction|glitch|bug|buggy|crash|keeps failing|not going through|dont go through|doesnt go through|wont connect|cant connect|not connecting|timeout|time out|timing out|timed out|unresponsive|not respond|doesnt respond|wont respond|no response',
  error: 'error|exception|error code|error message|status code|warning',
  outage:
    'outage|offline|unavailable|unreachable|disruption|degraded|incident|down|is down|are down|went down',
  call: 'call|dial|ring|phone|phone call|line|extension|inbound|outbound|sip|trunk|pbx|voip',
  dropped: 'drop|cut off|disconnect|hang up|hung up|goes dead|went dead|cuts out|cut out',
  audio:
    'audio|sound|voice quality|echo|static|choppy|garbled|robotic|muffled|latency|jitter|delay|lag|cant hear|hear nothing|silence|crackling|one way audio',
  webhook: 'webhook|callback|endpoint|payload|event|notification|delivery|post request',
  api: 'api|sdk|api key|token|json|http|integration|developer|rate limit|rate limited|throttle',
  phone_number: 'phone number|caller id|port|porting|number port|toll free|local number|voicemail',
  login: 'login|log in|sign in|password|two factor|mfa|locked out|lockout|credentials',
  person:
    'human|person|real person|live person|representative|operator|live agent|real agent|human agent|manager|supervisor|boss|in charge|staff|member of staff|employee|real human|someone real|somebody real|anybody real|anyone real|rep|human being|actual person|actual human|real people',
  bot: 'bot|robot|machine|automat|chatbot|computer',
  legal:
    'lawyer|legal|lawsuit|court|regulator|ftc|ombudsman|small claims|consumer protection|better business bureau|bbb|litigation|formal complaint|attorney|solicitor|sue|suing|legal action|take you to court|fcc|ofcom|report you',
  complaint: 'complaint|complain|escalate|escalation',
  anger:
    'ridiculous|unacceptable|furious|fed up|sick of|tired of|terrible|worst|awful|outrageous|frustrated|frustrating|waste of time|useless|pathetic|angry',
  greeting: 'hi|hello|hey|howdy|greetings|good morning|good afternoon|good evening|hiya|yo',
  thanks: 'thanks|thank|thx|ty|cheers|appreciate|grateful',
  farewell: 'bye|goodbye|see you|take care|have a good day|later',
  assent: 'ok|okay|sure|yes|yep|yeah|alright|fine|sounds good|great|perfect|cool|got it',
  dissent: 'no|nope|nah|not now|never mind|nevermind',
  /** Fillers and topic-change markers: say how a message is framed, not what it is about. */
  discourse:
    'by the way|btw|separately|while i have you|one more thing|another thing|anyway|actually|never mind that|in the meantime|on another note|unrelated|oh|um|uh|umm|well',
  /**
   * General-knowledge and entertainment topics no business assistant handles (health, food, travel and
   * homes are left out: some graph's specialists handle them). They teach "stay" to generalise.
   */
  everyday:
    'weather|rain|sunny|forecast|snow|recipe|pizza|movie|film|song|netflix|football|soccer|basketball|baseball|nba|nfl|league|tournament|poem|joke|riddle|bedtime story|capital of|president|population|planet|homework|essay|translate|horoscope|girlfriend|boyfriend|taxi|uber|stock market|bitcoin|lottery|meaning of life',
};

type Entry = { rest: string[]; concept: string };

/** First stem → the phrases starting with it (longest first), built once. */
const INDEX: Map<string, Entry[]> = (() => {
  const index = new Map<string, Entry[]>();
  for (const [concept, phrases] of Object.entries(GROUPS)) {
    for (const phrase of phrases.split('|')) {
      const stems = tokenize(phrase).map(lightStem);
      const entries = index.get(stems[0]) ?? [];
      entries.push({ rest: stems.slice(1), concept });
      index.set(stems[0], entries);
    }
  }
  for (const entries of index.values()) entries.sort((a, b) => b.rest.length - a.rest.length);
  return index;
})();

/**
 * Object pronouns a phrasal verb takes between its verb and its particle: "walk us through", "pay me
 * back", "set it up" name the same thing as "walk through", "pay back", "set up".
 */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'you', 'him', 'her', 'them', 'it']);

/**
 * The concepts a stemmed token sequence mentions, each with its token span. Longest match first, left to
 * right, and a matched span is not searched again: "someone in charge" is a person, not a charge. A
 * phrase of several words also matches with an object pronoun after its first word.
 */
export function findConcepts(stems: readonly string[]): { concept: string; start: number; end: number }[] {
  const found: { concept: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < stems.length) {
    let length = 0;
    for (const entry of INDEX.get(stems[i]) ?? []) {
      const skip = entry.rest.length > 0 && OBJECT_PRONOUNS.has(stems[i + 1] ?? '') ? [0, 1] : [0];
      for (const gap of skip) {
        const n = 1 + gap + entry.rest.length;
        if (n <= length) continue; // a longer match of this position is already known
        if (entry.rest.every((s, j) => stems[i + 1 + gap + j] === s)) {
          length = n;
          if (!found.some((f) => f.start === i && f.concept === entry.concept))
            found.push({ concept: entry.concept, start: i, end: i + n });
        }
      }
    }
    i += Math.max(1, length);
  }
  return found;
}

/**
 * Concepts that frame a message rather than give its topic: greetings, thanks, yes/no, fillers. Their
 * words are dropped from a message that also says something else ("thanks. separately, how much is
 * Growth?" is a pricing question, not a thank-you).
 */
export const FRAMING_CONCEPTS: ReadonlySet<string> = new Set([
  'greeting',
  'thanks',
  'farewell',
  'assent',
  'dissent',
  'discourse',
]);

/** Concept names known to the lexicon (for tests and docs). */
export const LEXICON_CONCEPTS: readonly string[] = Object.keys(GROUPS);
