import type { NormalizedGraph } from '../graph/types.ts';
import { ThingDomain } from './foreignThings.ts';
import { deskTexts } from './routerTrainingSet.ts';

/**
 * What each desk of a graph deals in, from its own texts only (foreignThings.ts judges), for the thing a
 * message routed to one desk is about. "How do I sell my old car" to an estate agency: "car" is the
 * graph's ("do I need a car in Cedar Heights" is the area desk's), so the graph-wide test found nothing
 * foreign, and "sell" sent it to the sellers' desk, which deals in homes. A thing foreign to the chosen
 * desk keeps the message at the entry when at most one other desk deals in it: the word is that desk's
 * passing mention, not the business's. A thing two desks deal in is the business's ("doctor" at a clinic
 * whose clinical desk never says it), and a capitalised word within a sentence is a name ("the River
 * Road viewing", "my husband Tom").
 */
export class DeskDomains {
  private readonly domains = new Map<string, ThingDomain>();
  private readonly desks: string[];

  constructor(private readonly graph: NormalizedGraph) {
    this.desks = graph.agents.filter((a) => !a.human && a.name !== graph.entry).map((a) => a.name);
  }

  /** The things `text` is about that desk `name` never deals in, nor the business (two desks or more). */
  foreignToDesk(name: string, text: string): string[] {
    const terms = this.domainOf(name).foreignThingsOf(text, { desk: true });
    if (terms.length === 0) return terms;
    const others = this.desks.filter((d) => d !== name);
    return terms.filter(
      (term) => !namedIn(text, term) && others.filter((d) => this.domainOf(d).dealsIn(term)).length < 2,
    );
  }

  private domainOf(name: string): ThingDomain {
    let domain = this.domains.get(name);
    if (!domain) {
      domain = new ThingDomain(deskTexts(this.graph, name));
      this.domains.set(name, domain);
    }
    return domain;
  }
}

/** Whether a word of `term` is capitalised in `text` other than where a sentence starts: a name. */
function namedIn(text: string, term: string): boolean {
  return term
    .split(' ')
    .some((word) =>
      new RegExp(`(?<![.!?]\\s*|^\\s*)\\b${word[0].toUpperCase()}${word.slice(1)}\\b`, 'u').test(text),
    );
}
