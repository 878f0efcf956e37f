/** Event titles: a thread of mentions → a title a reader understands, by the rows of `rules/event-titles.ts`. */
import type { Entity } from '../../schema/index.ts';
import { eventTitleRules } from '../rules/event-titles.ts';
import type { Thread } from './types.ts';

/** Places that are sites rather than areas, preferred in a title and named "at": "Attack at Abbey Gate". */
const siteName = /(?:Airport|Gate|Base|Airfield|Hospital|Square|Bridge|Port|Stadium|Palace|Station|Embassy|Mosque|Church|School|Hotel|Prison)$/u;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What titles read about the corpus: entity names and mention counts, countries, article texts. */
export interface TitleSources {
  entities: ReadonlyMap<string, Entity>;
  countries: ReadonlySet<string>;
  textOf: ReadonlyMap<string, string>;
}

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The most specific words the accounts use for the event ("suicide bombing" over "attack"), as a label. */
function labelOf(thread: Thread, sources: TitleSources): string {
  const written = thread.mentions.map((m) => sources.textOf.get(m.articleId)!.slice(m.start, m.end).toLowerCase().replace(/\s+/gu, ' '));
  // Verb triggers ("was arrested") name the kind ("Arrest"); nouns name themselves.
  const nouns = written.filter((w) => thread.kind.nouns.includes(w) && !thread.kind.unnamedBy?.includes(w));
  if (nouns.length === 0) return thread.kind.label;
  // Longest first; then a phrase with the kind's own word ("drone strike" for a strike); then the most used.
  const head = thread.kind.label.toLowerCase().split(' ')[0]!.replace(/s$/u, '');
  const own = (phrase: string) => Number(!phrase.includes(head));
  const uses = (phrase: string) => nouns.filter((n) => n === phrase).length;
  const best = [...nouns].sort((a, b) => b.split(' ').length - a.split(' ').length || own(a) - own(b) || uses(b) - uses(a) || a.localeCompare(b))[0]!;
  return capitalise(best);
}

/** Titles an event from its thread of mentions. */
export function titleOf(thread: Thread, sources: TitleSources): string {
  // A happening outside the vocabulary is named by the clause that reports it.
  const summary = thread.mentions.find((m) => m.summary)?.summary;
  if (summary) return summary;
  const counts = new Map<string, number>();
  for (const m of thread.mentions) for (const p of m.placeIds) counts.set(p, (counts.get(p) ?? 0) + 1);
  const nameOf = (id: string) => sources.entities.get(id)!.name;
  // The place the accounts name most often, a site before an area when they tie; a country only when nothing narrower is named.
  const site = (id: string) => Number(!siteName.test(nameOf(id)));
  const ranked = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || site(a) - site(b) || sources.entities.get(a)!.mentions.length - sources.entities.get(b)!.mentions.length || (a < b ? -1 : 1),
  );
  const narrow = ranked.filter((id) => !sources.countries.has(id));
  // Who it happened to: the person or organisation named nearest the trigger in the first dated account.
  const first = thread.mentions.find((m) => m.date !== null) ?? thread.mentions[0]!;
  const participant = first.entityIds[0];
  const date = thread.date;
  const month = date ? `${months[Number(date.start.slice(5, 7)) - 1]} ${date.start.slice(0, 4)}` : undefined;
  const day = date?.precision === 'day' ? `${Number(date.start.slice(8))} ${month}` : date?.precision === 'month' ? month : undefined;
  const context = {
    label: labelOf(thread, sources),
    preposition: thread.kind.preposition,
    site: narrow[0] && siteName.test(nameOf(narrow[0])) ? nameOf(narrow[0]) : undefined,
    place: narrow[0] ? nameOf(narrow[0]) : undefined,
    country: ranked.find((id) => sources.countries.has(id)) ? nameOf(ranked.find((id) => sources.countries.has(id))!) : undefined,
    countryPlaces: thread.kind.type === 'attack' || thread.kind.type === 'strike',
    participant: thread.kind.titleWith === 'participant' && participant ? nameOf(participant) : undefined,
    day: thread.kind.titleWith === 'date' ? day : undefined,
  };
  for (const rule of eventTitleRules) {
    const title = rule.title(context);
    if (title) return title;
  }
  return context.label;
}
