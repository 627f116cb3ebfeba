import { MONTHS, WEEKDAYS } from './calendarWords.ts';
import { nameBeforeBirthDate } from './nameBeforeBirthDate.ts';
import { spokenIntroduction } from './spokenIntroduction.ts';

/**
 * Person and company names as customers give them: "my name is Dana Ruiz", "Tom Reyes, 07700 900888",
 * "book it for my son Leo", "Dana Ruiz, Acme Ltd". Each returns undefined rather than guessing.
 */

/** "my name is Dana Ruiz", "this is Dana", "I'm Dana", "call me Dana", "name's Dana". */
export function findPersonName(text: string): string | undefined {
  const explicit = text.match(
    /\b(?:my name is|my name's|my names|the name's|the name is|name is)\s+(\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+){0,2})/iu,
  );
  if (explicit) return titleCase(trimTrailingFiller(explicit[1]));
  // Texted: "name Jay Patel", "name: Jay Patel", "names Jay": capitalised only ("name the file" is none).
  const labelled = text.match(/\b[Nn]ame(?:['’]?s)?:?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})/u);
  if (labelled) return trimTrailingFiller(labelled[1]);
  // "call me Dana", but "call me back", "call me tomorrow" name nobody: capitalised only.
  const callMe = text.match(/\b[Cc]all me\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})/u);
  if (callMe && !WEEKDAYS.includes(callMe[1].split(/\s+/)[0].toLowerCase()))
    return trimTrailingFiller(callMe[1]);
  // "it's for Omar Said", "put it under Leah Grant", "it'll be under Amira Haddad", "it'll be under her name,
  // Sophie Marchetti", "booking under Laura Finch", "it's for me, Eleanor Whitby": a full name, capitalised.
  const booked = text.match(
    /\b(?:it'?s|it'?ll be|it will be|booking is|booking|put it|book it)\s+(?:for|under)\s+(?:the name(?: of)?\s+|(?:her|his|their|my) name,?\s+|me,\s+)?(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)/iu,
  );
  const when = (name: string) => [...WEEKDAYS, ...MONTHS].includes(name.split(/\s+/)[0].toLowerCase());
  if (booked && /^[A-Z]/.test(booked[1]) && / [A-Z]/.test(booked[1]) && !when(booked[1])) return booked[1];
  // "The appointment should be in the name of Reginald Ashworth": a full name, capitalised.
  const inName = text.match(
    /\b(?:in|under)\s+the\s+name\s+(?:of\s+)?(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)/u,
  );
  if (inName && !when(inName[1])) return inName[1];
  const spokenFor = personSpokenFor(text);
  if (spokenFor) return spokenFor;
  const forWhom = bookedFor(text) ?? relativeNamed(text);
  if (forWhom) return forWhom;
  const here = nameSaidHere(text);
  if (here) return here;
  // Without "name" the words must be capitalised: "I'm locked out" is not a name.
  const introduced = text.match(
    /\b(?:[Tt]his is|[Ii] am|[Ii]['’]?m|[Ii]t['’]?s|[Ii]t is)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})/u,
  );
  if (!introduced)
    return (
      surnameFirst(text) ??
      listedDetails(text)?.name ??
      nameBeforePhone(text) ??
      nameBeforeBirthDate(text) ??
      spokenIntroduction(text) ??
      signedName(text)
    );
  // "It's Monday" introduces a day, not a person.
  const first = introduced[1].split(/\s+/)[0].toLowerCase();
  if (WEEKDAYS.includes(first) || MONTHS.includes(first)) return undefined;
  const name = trimTrailingFiller(introduced[1]);
  // "it's Haddad, with two Ds. Omar Haddad, June 19, 1987": a surname put right, then the full name
  // said again — the full name (verified as "Haddad" alone, no patient matched).
  return (!name.includes(' ') && fullNameWith(text, name)) || name;
}

/** A capitalised name of two or three words in the text that ends with `surname`. */
function fullNameWith(text: string, surname: string): string | undefined {
  const full = new RegExp(
    `\\b(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?)\\s+${surname}\\b`,
    'u',
  ).exec(text);
  const given = full?.[1].split(/\s+/) ?? [];
  return full && !given.some((w) => NOT_A_NAME.test(w) || /^(?:it'?s|is|i'?m)$/i.test(w))
    ? `${full[1]} ${surname}`
    : undefined;
}

/**
 * "14/09/1952, Liu, Grace", "Liu, Grace, 555-0142": a name given as a form has it, surname, comma, given
 * name, among the other details (a birth date or a number). Read as said, "Liu" alone was the full name
 * and no patient matched; the given name comes first as everywhere else. Two capitalised single words only.
 */
function surnameFirst(text: string): string | undefined {
  const items = text.split(/\s*[,;]\s*|[.!?]+\s+/).map((i) => i.replace(/[.!?]+$/, '').trim());
  const detail = (i: string) => /\d[\d ().-]{5,}\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(i);
  if (items.length < 3 || !items.some(detail)) return undefined;
  const word = (i: string | undefined) =>
    i !== undefined &&
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(i) &&
    !NOT_A_NAME.test(i) &&
    ![...WEEKDAYS, ...MONTHS].includes(i.toLowerCase());
  const at = items.findIndex((i, n) => word(i) && word(items[n + 1]));
  return at < 0 ? undefined : `${items[at + 1]} ${items[at]}`;
}

const NOT_A_NAME =
  /^(?:yes|yeah|yep|no|nope|ok|okay|hi|hello|hey|thanks|sorry|please|well|so|right|sure|fine|great|dr|doctor|mr|mrs|ms|miss)$/i;

/**
 * "I'm his mom, Lucia Herrera. He's Tomás Herrera, born May 30, 2015", "She's Hannah Kowalski, born
 * 12/08/1999": a caller speaking for someone names them as "he's"/"she's". The person the call is
 * about is the one whose records are opened, so this comes before the caller's own "I'm …". Capitalised
 * full names only: "she's Dr Patel's patient" and "he's Monday" name nobody.
 */
function personSpokenFor(text: string): string | undefined {
  const m = text.match(
    /\b(?:[Hh]e|[Ss]he)(?:['’]?s|\s+is)\s+(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\b(?!['’])/u,
  );
  if (!m) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  const notNames = /^(dr|doctor|mr|mrs|ms|miss|my|the|in|on|at|not|still|also|just)$/;
  if (words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w) || notNames.test(w))) return undefined;
  return m[1];
}

/**
 * "Hi, Maria Garcia here, who is my primary doctor?": a caller opening with their name and "here", as
 * on the phone. Capitalised full names only, at the start (after a greeting): "the doctor here" and
 * "Is anyone here" name nobody.
 */
function nameSaidHere(text: string): string | undefined {
  const m = text.match(
    /^\s*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[,!]?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+here\b/iu,
  );
  if (!m || !/^\p{Lu}/u.test(m[1]) || !/\s\p{Lu}/u.test(m[1])) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  const notNames =
    /^(hi|hey|hello|is|anyone|someone|somebody|nobody|everyone|dr|mr|mrs|ms|my|the|i|im|we|you)$/;
  if (words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w) || notNames.test(w))) return undefined;
  return m[1];
}

/**
 * "…call me back? Amy Fox 555 0166", "demo tues? Ana Lima, ana@limaco.example": a capitalised full
 * name given with the number to ring or the address to write to ("Mei Lin Cho 07700 900246": three),
 * the number said with its label too ("Dana Ruiz, phone 555-0134").
 */
function nameBeforePhone(text: string): string | undefined {
  const m = text.match(
    /(?:^|[.?!,]\s*|\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})[,:]?\s+(?:(?:my\s+)?(?:phone|mobile|cell|tel|number|email|e-mail)(?:\s+(?:number|no\.?))?(?:\s+is|:)?\s+)?(?:\+?\d[\d -]{5,}\d\b|[\w.+-]+@[\w-]+\.\w)/u,
  );
  if (!m) return undefined;
  const notNames = /^(hi|hey|hello|call|ring|phone|thanks|yes|no|ok|dr|mr|mrs|ms|my|me|the|it|is|this)$/;
  const said = m[1].split(/\s+/);
  // "Hi Amy Fox 555 0166": a greeting before a full name is no part of it.
  const name = said.length === 3 && notNames.test(said[0].toLowerCase()) ? said.slice(1) : said;
  const words = name.map((w) => w.toLowerCase());
  if (words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w) || notNames.test(w))) return undefined;
  return name.join(' ');
}

/**
 * "book a blow-dry on Saturday at 10am for Nadia Farouk, mobile 07700 900552": a capitalised full name
 * after "for", right before the number or address to reach them (or ending the message). "for Old
 * Town", "for Saturday Morning" name nobody: no contact follows, or a day does.
 */
function bookedFor(text: string): string | undefined {
  const m = text.match(
    /\bfor\s+(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s*[,;:]?\s*(?:(?:(?:on|at)\s+)?(?:(?:my\s+)?(?:mobile|phone|tel|cell|number|email)\b|\+?\d[\d ()-]{5,}\d|[\w.+-]+@[\w-]+\.))/u,
  );
  if (!m) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  if (words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w))) return undefined;
  return m[1];
}

/**
 * "I'm calling for my son Tomás Herrera, born May 30 2015", "I am the mother of Tomás Herrera", "calling
 * for my girlfriend, Maria Garcia", "for my boss, Dr Helen Achebe": a caller speaking for someone names the
 * person the request is about, whose details (and identity check) follow. A capitalised full name only,
 * right after the relation: "my son Leo" or "my son has a fever" is no full name to check.
 */
function relativeNamed(text: string): string | undefined {
  const m =
    text.match(
      /\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl|baby|wife|husband|partner|mother|mom|mum|father|dad|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|girlfriend|boyfriend|fianc[eé]e?|sister|brother|aunt|uncle|niece|nephew|stepson|stepdaughter|stepmother|stepfather|(?:mother|father)-in-law|boss|friend|flatmate|roommate)\s*,?\s+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\b/u,
    ) ??
    // "I am the mother of Tomás Herrera": the relation said the other way round.
    text.match(
      /\b(?:[Ii] am|[Ii]'m|[Ii]m)\s+(?:the|his|her|their)\s+(?:mother|mom|mum|father|dad|parent|guardian|son|daughter|wife|husband|partner|carer|caregiver)\s+of\s+(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\b/u,
    );
  if (!m) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  return words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w)) ? undefined : m[1];
}

const CAPITALISED_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;

/**
 * "Owen Price, Price Plumbing, owen@priceplumbing.example": details listed with commas, one of them an
 * email or a phone number, the first a capitalised full name — the customer's. Another capitalised
 * item of at most four words, listed with an email, is the company (`findCompanyName`).
 */
function listedDetails(text: string): { name: string; company?: string } | undefined {
  const items = text.split(/\s*[,;]\s*/).map((i) => i.replace(/[.!]+$/, '').trim());
  const contact = (i: string) => /@[\w-]+\.\w/.test(i) || /\d[\d -]{5,}\d/.test(i);
  if (items.length < 2 || !items.some(contact)) return undefined;
  const [first] = items;
  const words = first.toLowerCase().split(/\s+/);
  if (words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w))) return undefined;
  if (!CAPITALISED_NAME.test(first)) return typedInLowerCase(items, contact);
  const company = items
    .slice(1)
    .find((i) => /^[A-Z]/.test(i) && !contact(i) && i.split(/\s+/).length <= 4 && !/\d/.test(i));
  const day = company && WEEKDAYS.includes(company.split(/\s+/)[0].toLowerCase());
  return { name: first, company: items.some((i) => i.includes('@')) && !day ? company : undefined };
}

/**
 * "fiona gallagher, gallagher veterinary, and the email is fiona@gallaghervets.example": typed without
 * capitals, a listed item is the company only when the email's domain says so (it shares a word with
 * it); the company was asked for again after the read-back.
 */
function typedInLowerCase(
  items: readonly string[],
  contact: (item: string) => boolean,
): { name: string; company?: string } | undefined {
  const [first] = items;
  if (!/^[a-z'’-]+(?:\s+[a-z'’-]+){1,2}$/.test(first)) return undefined;
  const domain = items
    .join(' ')
    .match(/@([\w.-]+)\.\w+/)?.[1]
    .toLowerCase();
  if (!domain) return undefined;
  const company = items
    .slice(1)
    .find(
      (i) =>
        !contact(i) &&
        /^[a-z][a-z&'’ -]*$/.test(i) &&
        i.split(/\s+/).length <= 4 &&
        i.split(/\s+/).some((w) => w.length >= 4 && domain.includes(w)),
    );
  return { name: titleCase(first), company: company && titleCase(company) };
}

/**
 * A company as people say it: "from Ortiz Freight", "I work at Lee Media", "our company is Acme Ltd",
 * "with Northwind". Only capitalised words (a lower-case "from home" is no company), never a day, a
 * month or a person introduced as such.
 */
export function findCompanyName(text: string): string | undefined {
  const lead =
    /\b(?:from|at|with|for|(?:our|my|the) (?:company|business|firm|organi[sz]ation)(?:'s| is| called)?|company(?:'s| is| called|:)?|work(?:ing)? (?:at|for))\s+((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|&))*)/g;
  for (const m of text.matchAll(lead)) {
    const words = m[1].replace(/[.]+$/, '').split(/\s+/);
    const first = words[0].toLowerCase();
    if (WEEKDAYS.includes(first) || MONTHS.includes(first) || /^(dr|mr|mrs|ms|i)\.?$/.test(first)) continue;
    return words.join(' ');
  }
  // Said on the phone, lower case: "the company's vasquez events", "company name is lee media". Only the
  // whole sentence: "the company's phone line is down" says whose line.
  const spoken = text.match(
    /^\s*(?:(?:uh|um|oh|and|so|yeah|yes),?\s+)*(?:(?:our|my|the)\s+)?(?:company|business)(?:'s|’s| is| name is| name's| called)\s+([a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,3})\s*[.!]?\s*$/i,
  );
  if (spoken) return titleCase(spoken[1]);
  // Listed with other details, no lead-in ("Ana Lima, ana@limaco.example, Lima Co"): a capitalised
  // phrase ending with what only a company's name ends with. Said alone it is left to our question.
  if (!/@|\d{3}/.test(text)) return undefined;
  const designated = text.match(
    /(?:^|[,;]\s*)((?:[A-Z][\w&'-]*\s+){1,3}(?:Co|Ltd|Inc|LLC|LLP|PLC|GmbH|Corp|Group|Holdings)\b\.?)/,
  );
  return designated?.[1].replace(/[.]+$/, '') ?? listedDetails(text)?.company;
}

function trimTrailingFiller(name: string): string {
  const stop = new Set(['and', 'from', 'with', 'here', 'calling', 'speaking', 'again', 'please', 'i', 'my']);
  const words = name.split(/\s+/);
  const end = words.findIndex((w) => stop.has(w.toLowerCase()));
  return (end === -1 ? words : words.slice(0, end)).join(' ');
}

function titleCase(value: string): string {
  // Letter by letter as Unicode reads them: "tomás" → "Tomás", not "TomáS".
  return value.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before, c) => before + c.toUpperCase());
}

/** Words that open a closing item without being a name ("…, Thanks Again", "…, Dr Patel"). */
const NOT_A_SIGNATURE =
  /^(?:thanks?|thank|cheers|regards|kind|best|please|hello|hi|hey|dr|doctor|mr|mrs|ms|miss|prof)\b/i;

/**
 * "need to cancel an appointment, Marcus Bell": a request signed with the customer's full name, as its
 * last item after a comma (the name was asked for again). Capitalised, two or three words, no day. After
 * a comma or a dash set apart by spaces: a hyphen inside a word ("my X-Ray Report") signs nothing.
 */
function signedName(text: string): string | undefined {
  const m = text.match(/(?:,|\s[–—-])\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})[.!]?\s*$/u);
  if (!m || NOT_A_SIGNATURE.test(m[1]) || !/\p{L}{3,}/u.test(text.slice(0, m.index))) return undefined;
  const words = m[1].toLowerCase().split(/\s+/);
  return words.some((w) => WEEKDAYS.includes(w) || MONTHS.includes(w)) ? undefined : m[1];
}
