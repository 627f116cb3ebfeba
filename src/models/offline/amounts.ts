/**
 * Amounts as customers say them: money ("$120", "45.50 dollars", and the shorthand of house hunting,
 * "under 500k", "99k", "$1.2m") and percentages ("10% down", "ten percent"). A percent needs its sign
 * or word: in "tuesday at 5:30pm" or "555 0190" no number is a down payment.
 */

const MONEY_BEFORE = /(?:\$|usd\s?|€|£|eur\s?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/i;
// "13 dollars 40" (speech-to-text's "thirteen dollars forty"), "13 dollars and 40 cents": the cents
// said after the unit, two digits and no unit of their own ("20 dollars 12 months" is no $20.12).
const MONEY_AFTER =
  /\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(?:dollars?|usd|bucks|euros?|eur|pounds?|gbp)\b(?:\s+(?:and\s+)?(\d{2})\b(?![.,:/]?\d|\s*(?:%|[ap]\.?m\b|o'?clock|percent|months?|weeks?|days?|years?|hours?|minutes?|mins?|installments?|payments?|times?|people)))?/i;
/** "500k", "$650k", "1.2m", "2 million": a thousand or a million times the number. */
const MONEY_SCALED = /(?:[$€£]\s?)?\b(\d+(?:\.\d+)?)\s?(k|m|mil|million|thousand|grand)\b/i;

/**
 * "under 750", "up to 650", "budget around 460": a bare number said as a limit (roughly or not) is an
 * amount (the tool reads 750 as it would "750k" for a home), never a count, a percent or a time
 * ("under 3 bedrooms", "by 5pm").
 */
// "we don't want to spend more than about four hundred thousand", "pay over", "at most": a ceiling too.
const MONEY_LIMIT =
  /\b(?:under|below|up to|max(?:imum)?|no more than|less than|at most|budget(?: is| of|['’]?s)?|(?:spend|pay|go)\s+(?:more than|over|above))(?:\s+(?:about|around|roughly|approximately|like))?\s+(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\b(?![.,]?\d|\s*(?:%|[ap]\.?m\b|o'?clock|percent|per cent|beds?|bedrooms?|baths?|bathrooms?|people|persons?|minutes?|mins?|hours?|days?|weeks?|months?|years?|miles?|sq|square|feet|ft|rooms?|floors?|stories|storeys))/i;

/**
 * "pay 20 off it", "put 50 toward it", "can I pay 40 off what I owe": a bare number said as what is
 * paid is dollars (speech-to-text writes "twenty", and nobody says "$" aloud), never a count of
 * payments or months ("pay it in 3", "pay 3 installments"), a time or a date ("pay on the 15th").
 */
const MONEY_PAID =
  /\b(?:(?:pay(?:ing)?|put(?:ting)?)\s+(?:off\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\b(?![.,:/]?\d|\s*(?:%|[ap]\.?m\b|o'?clock|percent|per cent|installments?|instal(?:l)?ments?|payments?|months?|weeks?|days?|years?|times?|st\b|nd\b|rd\b|th\b))|(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s+(?:off|toward|towards|against)\s+(?:it|that|this|what|my|the|our)\b)/i;

/**
 * "yes refund the 9.80", "credit back 12.50": a bare number with cents right after refunding or
 * crediting is that money (nobody says "$" aloud); whole numbers stay unread ("refund 2 of them").
 */
const MONEY_REFUNDED =
  /\b(?:refund(?:ed)?|credit(?:ed)?(?:\s+back)?)\s+(?:me\s+|us\s+)?(?:the\s+)?(\d+)\.(\d{2})\b(?![.,:]?\d)/i;

/**
 * "say a 450,000 house with 5 percent down": a number written with thousands separators is an amount
 * for a money value (nobody counts seats or minutes that way in a price question), unless its unit says
 * what else it counts ("1,500 sq ft", "5,000 minutes"). Read last, and never blanked from counts.
 */
const MONEY_GROUPED =
  /\b(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?\b(?![.,]?\d|\s*(?:%|percent|per cent|beds?|bedrooms?|baths?|bathrooms?|people|persons?|minutes?|mins?|hours?|days?|weeks?|months?|years?|miles?|sq|square|feet|ft|rooms?|seats?|users?|units?|calls?|messages?|texts?))/i;

const SCALE: Record<string, number> = {
  k: 1_000,
  thousand: 1_000,
  grand: 1_000,
  m: 1_000_000,
  mil: 1_000_000,
  million: 1_000_000,
};

/**
 * "up to a million", "half a million", "one million dollars": a million said in words (the buyer desk's
 * budget question got no amount, and the router sent "up to a million" to the complaints desk).
 */
const MONEY_A_MILLION = /\b(?:(half)\s+a|a|one)\s+(?:million|mil)\b/i;

export function findMoney(text: string): number | undefined {
  const scaled = text.match(MONEY_SCALED);
  if (scaled) return Math.round(Number(scaled[1]) * SCALE[scaled[2].toLowerCase()]);
  const aMillion = text.match(MONEY_A_MILLION);
  if (aMillion) return aMillion[1] ? 500_000 : 1_000_000;
  const before = text.match(MONEY_BEFORE);
  if (before) return dollars(before[1], before[2]);
  const after = text.match(MONEY_AFTER);
  if (after) return dollars(after[1], after[2] ?? after[3]);
  const limit = text.match(MONEY_LIMIT);
  if (limit) return dollars(limit[1], limit[2]);
  const paid = text.match(MONEY_PAID);
  if (paid) return paid[1] ? dollars(paid[1], paid[2]) : dollars(paid[3], paid[4]);
  const refunded = text.match(MONEY_REFUNDED);
  if (refunded) return dollars(refunded[1], refunded[2]);
  const grouped = text.match(MONEY_GROUPED);
  if (grouped) return dollars(grouped[1], grouped[2]);
  return undefined;
}

function dollars(whole: string, cents: string | undefined): number {
  return Number(`${whole.replace(/,/g, '')}.${cents ?? '0'}`);
}

/** `text` with its money amounts blanked, so that a count ("2 bed") is not read from "$500k". */
export function withoutMoney(text: string): string {
  return text
    .replace(new RegExp(MONEY_SCALED.source, 'gi'), ' ')
    .replace(new RegExp(MONEY_A_MILLION.source, 'gi'), ' ')
    .replace(new RegExp(MONEY_BEFORE.source, 'gi'), ' ')
    .replace(new RegExp(MONEY_AFTER.source, 'gi'), ' ')
    .replace(new RegExp(MONEY_LIMIT.source, 'gi'), ' ')
    .replace(new RegExp(MONEY_PAID.source, 'gi'), ' ');
}

const PERCENT = /\b(\d{1,2}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)/i;

export function findPercent(text: string): number | undefined {
  const match = text.match(PERCENT);
  return match ? Number(match[1]) : undefined;
}

/** A number property that holds a percentage (`downPaymentPercent`, `discountPct`). */
export function isPercentName(name: string): boolean {
  return /percent|pct/i.test(name);
}

/** A money property that is a person's or household's income. */
const INCOME = /income|salary|earnings|wage/i;
/** Words that say an amount is earned. */
const INCOME_SAID =
  /\b(?:earn|earns|earning|make|makes|making|income|incomes|salary|salaries|paid|wage|wages|take home|bring in|brings in|gross|net)\b|\b(?:a|per|each|every)\s+(?:year|month|annum)\b|\b(?:annually|yearly|\/yr|\/year|p\.?a\.?)\b/i;

/** A money property that is itself a limit (`maxPrice`, `budget`). */
const LIMIT = /max|min|budget|limit|cap|upTo/i;
/** An amount said as a limit: "under 600k", "max $450,000", "no more than 500 thousand" (a budget is the price meant). */
const AMOUNT_AS_LIMIT =
  /\b(?:under|below|max(?:imum)?|up to|at most|no more than|not more than|less than)\s+(?:about\s+|around\s+)?\$?\d[\d,.]*\s*(?:k\b|m\b|thousand\b|million\b|grand\b)?/gi;

/**
 * The amount `text` gives for a money property named `name`. An income is said as one ("we make about
 * 120k a year"): "something under 600k" is a price, and read as the income it turned a listing's
 * mortgage quote into what $600,000 a year affords. Nor is a limit a price, unless the property is one:
 * "what's the payment on LST-1014" after "something under 600k" quoted $600,000.
 */
export function findMoneyFor(name: string, text: string): number | undefined {
  if (INCOME.test(name) && !INCOME_SAID.test(text)) return undefined;
  const said = LIMIT.test(name) ? text : text.replace(AMOUNT_AS_LIMIT, ' ');
  // "The plan is $29 a month, so … I'd like just the overage refunded, $17.88": a price by the month
  // is what something costs, not the amount asked for.
  const unrated = PER_PERIOD.test(name) ? said : said.replace(AMOUNT_PER_PERIOD, ' ');
  // An amount by the period and nothing else is still no amount for it ("income is $120,000 a year" is
  // no home's price).
  return resultOfSum(unrated) ?? findMoney(unrated) ?? dollarsAndCents(unrated);
}

/**
 * "That's the invoice minus the $29 plan fee, so $17.88", "$46.88 minus $29 is $17.88": of several
 * amounts, the one a sum comes to is the one meant. The first had been read ($29), and then the plan its
 * fee named.
 */
const SUM_SAID =
  /\b(?:minus|less|plus|take (?:away|off)|knock(?:ed)? off|without|deduct\w*|subtract\w*|after|times)\b/i;

function resultOfSum(text: string): number | undefined {
  const amounts = [...text.matchAll(/[$€£]\s?(\d[\d,]*)(?:\.(\d{1,2}))?(?![\d,])/g)];
  if (amounts.length < 2 || !SUM_SAID.test(text)) return undefined;
  const results = amounts.filter((m) =>
    /(?:\bso|\bis|=|\bequals|\bcomes to|\bleaves|\bleaving|\bthat'?s|\bmakes)\s*(?:about|around|roughly|just)?\s*$/i.test(
      text.slice(0, m.index),
    ),
  );
  const last = results.at(-1);
  return last === undefined ? undefined : dollars(last[1].replace(/,/g, ''), last[2] ?? '00');
}

/**
 * "just the overage part, 17.88" to a money question: a bare number with two decimals is dollars and
 * cents (nothing else is counted so), read only for a money value and only when nothing else is.
 */
function dollarsAndCents(text: string): number | undefined {
  const found = [...text.matchAll(/(?<![\d.,/:-])(\d{1,6})\.(\d{2})(?![\d.%]|\s*(?:%|percent|am\b|pm\b))/gi)];
  return found.length === 1 ? dollars(found[0][1], found[0][2]) : undefined;
}

/** A money property that is itself by the period (`monthlyRent`, `annualIncome`). */
const PER_PERIOD = /month|year|annual|week|daily|hourly|rate|rent|income|salary/i;
/** "$29 a month", "$99/mo", "40 dollars per year". */
const AMOUNT_PER_PERIOD =
  /(?:[$€£]\s?\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars?|bucks|euros?|pounds?))\s*(?:a|per|each|every|\/)\s*(?:month|mo|year|yr|week|wk|day|hour|hr)\b/gi;
