/**
 * Event titles as data: how an event is named from its accounts — the most specific words that report it
 * ("Suicide bombing"), then where it happened, who it happened to, or when. The first row that can name the event
 * decides; a title is built from the text, never from a list of known events.
 */

/** What a title row sees about an event. */
export interface TitleContext {
  /** The trigger words as a label: "Suicide bombing", "Drone strike", "Arrest". */
  label: string;
  /** The kind's preposition for what it names ("of" in "Fall of Kabul", "Death of …"), if any. */
  preposition: string | undefined;
  /** The most-named site ("Abbey Gate", "Hamid Karzai International Airport"), narrower place and country, if any. */
  site: string | undefined;
  place: string | undefined;
  country: string | undefined;
  /** True for kinds a country may place ("Attack in Afghanistan"). */
  countryPlaces: boolean;
  /** The person or organisation the accounts name most, if the kind is titled by one. */
  participant: string | undefined;
  /** The event's day or month written out ("11 September 2001", "February 2020"), if the kind is titled by date. */
  day: string | undefined;
}

/** One title row. */
export interface TitleRule {
  id: string;
  reason: string;
  title: (c: TitleContext) => string | null;
}

/** The rows, tried in order; the last always applies. */
export const eventTitleRules: readonly TitleRule[] = [
  { id: 'kind-at-site', reason: 'A named site says most about where: "Suicide bombing at Abbey Gate".', title: (c) => (c.site ? `${c.label} ${c.preposition === 'of' ? 'of' : 'at'} ${c.site}` : null) },
  { id: 'kind-in-place', reason: 'Else the narrower place the accounts name most: "Drone strike in Kabul", "Fall of Kabul".', title: (c) => (c.place ? `${c.label} ${c.preposition === 'of' ? 'of' : 'in'} ${c.place}` : null) },
  { id: 'kind-of-participant', reason: 'Events that happen to someone are named by them: "Arrest of Michael Webb", "Death of Ayman al-Zawahiri".', title: (c) => (c.participant ? `${c.label} ${c.preposition ?? 'of'} ${c.participant}` : null) },
  { id: 'kind-in-country', reason: 'An attack or strike with only a country named is placed in it: "Attack in Afghanistan".', title: (c) => (c.country && c.countryPlaces ? `${c.label} in ${c.country}` : null) },
  { id: 'kind-of-day', reason: 'With no place or participant, a day or month tells one event from another: "Attacks of 11 September 2001", "Agreement of February 2020".', title: (c) => (c.day ? `${c.label} of ${c.day}` : null) },
  { id: 'kind-only', reason: 'The trigger words alone, when the accounts say nothing more.', title: (c) => c.label },
];
