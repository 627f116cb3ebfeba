import { asc } from 'drizzle-orm';
import type { ToolDb } from '../../src/authoring.ts';
import type { HairLength } from './context.ts';
import { salonServices } from './schema.ts';

export type SalonService = typeof salonServices.$inferSelect;

export async function allServices(db: ToolDb): Promise<SalonService[]> {
  return db.select().from(salonServices).orderBy(asc(salonServices.category), asc(salonServices.priceCents));
}

/** Lower case, no apostrophes, British spelling, "&" as "and", "haircut" as "cut": "Women's Color & Gloss" → "womens colour and gloss". */
export function normalizeWords(text: string): string {
  return (
    ` ${text.toLowerCase()} `
      .replace(/[’'`]/g, '')
      .replace(/&/g, ' and ')
      .replace(/\bcolor/g, 'colour')
      .replace(/\bgray/g, 'grey')
      .replace(/[^a-z0-9]+/g, ' ')
      .replace(/\s+/g, ' ')
      // "a women's haircut and blow dry" is the menu's "women's cut and blow-dry": a haircut is a cut.
      .replace(/ hair ?cut(s?) /g, ' cut$1 ')
  );
}

/** "haircut" alone could be any of the cuts: the customer is asked which. */
const GENERIC_CUT = / (haircut|hair cut|cut|trim|cut my hair)s? /;
/**
 * "anything saturday morning for a colour?": a colour alone could be a root touch-up or a balayage, two
 * hours apart in the chair; the customer is asked which (it was listed as a one-hour appointment, and the
 * booking then took "ok book that" as the service).
 */
const GENERIC_COLOUR = / (?:a |some |my )?(?:colour|dye|tint)(?:s|ed|ing)? (?!correction|my hair)/;

export type ServiceMatch =
  | { kind: 'one'; service: SalonService }
  | { kind: 'ambiguous'; candidates: SalonService[] }
  | { kind: 'none' };

/**
 * The service a customer's words name, by the longest phrase of its name or keywords they contain
 * ("balayage on long hair" → balayage; "a gents cut" → men's cut). Plurals count ("highlight"), and a
 * past ending ("box dyed").
 */
export function matchService(
  services: readonly SalonService[],
  text: string | null | undefined,
): ServiceMatch {
  const said = cutForWhom(normalizeWords(text ?? ''));
  // The longest phrase said; of equal ones, the first service's. Who it is for ("my daughter") names the
  // children's cut only when no service is named: "book my daughter in for a balayage" is a balayage.
  const hits = phrasesSaid(services, said);
  const named = hits.filter((h) => !WHO_FOR.test(h.phrase));
  const best = (named.length > 0 ? named : hits).reduce<NamedPhrase | undefined>(
    (b, n) => (n.phrase.length > (b?.phrase.length ?? 0) ? n : b),
    undefined,
  );
  if (best) return { kind: 'one', service: best.service };
  // "mens please", "the ladies one": the answer to "which cut?" names the cut by its first word.
  const byModifier = services.filter((service) =>
    phrasesOf(service).some((phrase) => {
      const [modifier, head, ...rest] = phrase.split(' ');
      return head === 'cut' && rest.length === 0 && said.includes(` ${modifier} `);
    }),
  );
  if (byModifier.length === 1) return { kind: 'one', service: byModifier[0] };
  if (GENERIC_CUT.test(said)) {
    const candidates = services.filter((s) => ['CUT-W', 'CUT-M', 'CUT-K'].includes(s.id));
    if (candidates.length > 0) return { kind: 'ambiguous', candidates };
  }
  if (GENERIC_COLOUR.test(said)) {
    const candidates = services.filter((s) => s.category === 'colour' && s.id !== 'PATCH');
    if (candidates.length > 0) return { kind: 'ambiguous', candidates };
  }
  return { kind: 'none' };
}

type NamedPhrase = { service: SalonService; phrase: string };

/** A keyword that says who the service is for, not what it is ("my son", "for my kid"). */
const WHO_FOR = /^(?:for )?my \w+$/;

/** A service's name and keywords, normalised. */
function phrasesOf(service: SalonService): string[] {
  return [service.name, ...service.keywords.split(';')]
    .map((p) => normalizeWords(p).trim())
    .filter((p) => p !== '');
}

/** Each service `said` (normalised) names, with the longest of its phrases said. */
function phrasesSaid(services: readonly SalonService[], said: string): NamedPhrase[] {
  const out: NamedPhrase[] = [];
  for (const service of services) {
    // "box dyed my hair" names the box dye: a phrase ending in a verb is said in its past too.
    const forms = (p: string) => [p, `${p}s`, p.replace(/s$/, ''), p.replace(/e?$/, 'ed')];
    const hit = phrasesOf(service)
      .filter((p) => forms(p).some((f) => said.includes(` ${f} `)))
      .reduce<string | undefined>((b, p) => (p.length > (b?.length ?? 0) ? p : b), undefined);
    if (hit) out.push({ service, phrase: hit });
  }
  return out;
}

/**
 * Every service the words name, when they name more than one: "how much for a mens cut? and do you do
 * beard trims as well" asks two prices, and the price list answered only the beard trim. A phrase
 * inside a longer one that also matched ("cut" in "mens cut") names nothing of its own.
 */
export function servicesNamed(
  services: readonly SalonService[],
  text: string | null | undefined,
): SalonService[] {
  const said = cutForWhom(normalizeWords(text ?? ''));
  const found = phrasesSaid(services, said);
  // In the order they were said.
  const at = (f: NamedPhrase) => said.indexOf(` ${f.phrase}`);
  return found
    .filter(
      (f) =>
        !found.some(
          (o) => o !== f && o.phrase.length > f.phrase.length && ` ${o.phrase} `.includes(` ${f.phrase} `),
        ),
    )
    .sort((a, b) => at(a) - at(b))
    .map((f) => f.service);
}

/**
 * Who a cut is for, said after it: "a cut for men", "haircut for my son", "cutting hair for man", "cut
 * hair, for woman" (a learner of English) → the cut named by its first word.
 */
const CUT_FOR =
  / (?:hair ?cut|(?:cut|cutting)(?: (?:my |his |her |the )?hair)?|trim|hair ?cutting) for (?:a |an |the |my |our )?(\w+) /;
const FOR_WHOM: Readonly<Record<string, string>> = {
  men: 'mens',
  man: 'mens',
  gents: 'mens',
  gent: 'mens',
  gentleman: 'mens',
  guy: 'mens',
  husband: 'mens',
  women: 'womens',
  woman: 'womens',
  ladies: 'womens',
  lady: 'womens',
  wife: 'womens',
  kid: 'kids',
  kids: 'kids',
  child: 'kids',
  children: 'kids',
  boy: 'kids',
  girl: 'kids',
  son: 'kids',
  daughter: 'kids',
};

function cutForWhom(said: string): string {
  const m = said.match(CUT_FOR);
  const modifier = m ? FOR_WHOM[m[1]] : undefined;
  return modifier ? `${said}${modifier} cut ` : said;
}

/** Price and chair time of a service for a hair length (short and unknown lengths pay the base price). */
export function priceFor(service: SalonService, length: HairLength | null | undefined) {
  const extraCents =
    length === 'long' ? service.longExtraCents : length === 'medium' ? service.mediumExtraCents : 0;
  const extraMin = length === 'long' ? service.longExtraMin : 0;
  return { priceCents: service.priceCents + extraCents, durationMin: service.durationMin + extraMin };
}

/** Whether the hair length changes this service's price or time (worth asking about before a quote). */
export function dependsOnLength(service: SalonService): boolean {
  return service.mediumExtraCents > 0 || service.longExtraCents > 0 || service.longExtraMin > 0;
}

/** "a, b or c" for reading choices aloud. */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * What a tool answers when the words name more than one service: which one, with the choices listed
 * (each as the value it needs), so the question is said as the tool put it ("Which colour would you like:
 * …?") and the answer ("full colour please") fills it.
 */
export function askWhichService(candidates: readonly SalonService[]) {
  const names = candidates.map((s) => s.name);
  return {
    found: false,
    missing: 'serviceDescription',
    choices: names.map((serviceDescription) => ({ serviceDescription })),
    message: candidates.every((s) => s.category === 'colour')
      ? `Which colour would you like: ${orList(names)}?`
      : `Is that a ${orList(names)}?`,
  };
}
