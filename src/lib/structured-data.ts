/**
 * Structured data for each page kind (schema.org JSON-LD): NewsArticle, Person, Organization, Place, Event and
 * Claim, serialised so that no text from an article can close the script element it sits in.
 */
import type { Article, Claim, Entity, Event, Source } from '../schema/index.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** Serialises JSON-LD for a `<script type="application/ld+json">`: `<`, `>` and `&` become escapes, so "</script>" cannot appear. */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Resolves every `url` field that holds a site path against the site's origin: view models carry paths (they do not
 * know where the site is hosted), and the page that writes the JSON-LD knows its `site`.
 */
export function withAbsoluteUrls(data: JsonLd, site: URL | string | undefined): JsonLd {
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, key === 'url' && typeof field === 'string' && field.startsWith('/') && site ? new URL(field, site).href : resolve(field)]),
    );
  };
  return resolve(data) as JsonLd;
}

/** A NewsArticle. */
export function articleJsonLd(article: Article, url: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    ...(article.published && { datePublished: article.published }),
    ...(article.outlet && { publisher: { '@type': 'Organization', name: article.outlet } }),
    wordCount: article.wordCount,
  };
}

/** A Person, Organization or Place. */
export function entityJsonLd(entity: Entity, url: string): JsonLd {
  const type = { person: 'Person', organization: entity.media ? 'NewsMediaOrganization' : 'Organization', place: 'Place' }[entity.type];
  return { '@context': 'https://schema.org', '@type': type, name: entity.name, url, ...(entity.aliases.length > 0 && { alternateName: entity.aliases }) };
}

/** An Event. */
export function eventJsonLd(event: Event, url: string, places: ReadonlyArray<Pick<Entity, 'name'>>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url,
    ...(event.date.start && { startDate: event.date.start }),
    ...(event.date.end && { endDate: event.date.end }),
    ...(places[0] && { location: { '@type': 'Place', name: places[0].name } }),
  };
}

/** A Claim, with where it appeared and who made it. */
export function claimJsonLd(claim: Claim, url: string, source: Source, article: Article, articleUrl: string): JsonLd {
  const author = source.type === 'person' ? { '@type': 'Person', name: source.label } : source.type === 'anonymous' ? undefined : { '@type': 'Organization', name: source.label };
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url,
    text: claim.quote && claim.mode === 'direct' ? claim.quote : claim.text,
    ...(author && { author }),
    ...(article.published && { datePublished: article.published }),
    appearance: { '@type': 'NewsArticle', headline: article.title, url: articleUrl },
  };
}
