import { lightStem } from './lightStem.ts';
import { isStopword, tokenize } from './textFeatures.ts';
import { lookupWord } from './wordNet.ts';

/**
 * Requests that belong to other businesses: a bank, a courier, an airline, a gym, a utility, a
 * garage. They are the hardest out-of-scope messages a desk gets, because they use its verbs —
 * "cancel", "refund", "book", "pay", "order", "track" — about a thing it does not sell, and a router
 * that learnt only its own examples and generic chit-chat sends "cancel my streaming subscription"
 * to billing. The entry agent's `stay` label learns them with OFF_TOPIC; a specialist's handback label
 * does not (with them there too, four scenarios of the dialogue gate failed).
 *
 * They span the consumer services a customer deals with, not any one evaluation set. Some of them are
 * some template's business (a dentist appointment at a clinic, a haircut at a salon): a graph never
 * learns one that is close to its own texts (otherBusinessesFor below).
 */
export const OTHER_BUSINESSES = [
  // banks and cards
  'my debit card was declined at the petrol station',
  'transfer 200 dollars to my savings account',
  'report my credit card as stolen',
  'what is the balance on my checking account',
  'how do I set up online banking with my bank',
  'why did my bank charge me an overdraft fee',
  // phones, broadband and devices
  'my home broadband keeps cutting out',
  'upgrade my mobile phone contract to a new handset',
  'my phone screen is cracked can you repair it',
  'my laptop will not turn on',
  // utilities
  'pay my gas bill',
  'submit a meter reading for my electricity',
  'the water company sent me a huge bill',
  // travel
  'change my flight to an earlier one',
  'cancel my hotel booking in rome',
  'rent a car at the airport for a week',
  'the airline lost my suitcase',
  'refund my concert tickets, the show was cancelled',
  'book a seat on the coach to glasgow',
  // food
  'reserve a table for six on saturday night',
  'my takeaway order never arrived',
  'order a pepperoni pizza for delivery',
  'do you have any vegan recipes',
  // shops and parcels
  'return the jacket I bought, it does not fit',
  'where is my amazon package',
  'the courier left my parcel at the wrong house',
  'exchange these trainers for a bigger size',
  'is this sofa still in stock at your store',
  // subscriptions and memberships
  'cancel my netflix subscription',
  'unsubscribe me from the magazine',
  'freeze my fitness club membership for a month',
  'how do I cancel my spotify premium',
  // insurance
  'renew my car insurance',
  'get a quote for pet insurance',
  'my travel insurance claim was rejected',
  // government and official papers
  'renew my passport',
  'how do I file my tax return',
  'pay a parking fine',
  'book my driving test',
  'register to vote',
  // cars and home repairs
  'my car needs an oil change',
  'book my car in for a service',
  'I need a plumber for a leaking tap',
  'my boiler stopped working',
  'book an electrician to fix the sockets',
  // pets, school, work, leisure
  'my cat needs her vaccinations at the vet',
  'book my dog in for a groom',
  'help me write my resume',
  'what are the school holiday dates',
  'book a tennis court for sunday morning',
  'buy two tickets for the football match',
  'book a haircut for saturday',
  'cancel my dentist appointment',
  // a personal assistant's jobs
  'set an alarm for 6am',
  'remind me to buy milk',
  'add eggs to my shopping list',
  'turn off the living room lights',
];

/**
 * The phrases a graph learns as another business's: those about nothing its agents' own texts
 * mention. A thing-word is one WordNet commonly reads as a noun, or does not know ("haircut",
 * "saturday"; "netflix"); a phrase is kept when every thing-word of it is foreign to the graph. The
 * salon never learns "book a haircut for saturday" as someone else's, a voice platform does.
 * Looser rules taught desks their own requests were off-topic: kept when any thing-word was foreign,
 * "my debit card was declined at the petrol station" turned support's "my card was declined" from
 * Billing 0.96 into unsure; kept when most were, a graph with eight examples a desk sent "why is the
 * pro plan on my card statement" to Sales instead of Billing (0.99).
 */
export function otherBusinessesFor(ownTexts: readonly string[]): string[] {
  const own = new Set(ownTexts.flatMap((t) => contentWords(t).map(lightStem)));
  return OTHER_BUSINESSES.filter((phrase) => {
    const things = thingWords(phrase);
    const foreign = things.filter((w) => !own.has(lightStem(w))).length;
    return foreign > 0 && foreign === things.length;
  });
}

function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => w.length >= 3 && !isStopword(w) && /^[a-z]+$/.test(w));
}

function thingWords(text: string): string[] {
  return contentWords(text).filter((w) => {
    const senses = lookupWord(w);
    return senses === null || senses.common.some((s) => s.pos === 'n');
  });
}
