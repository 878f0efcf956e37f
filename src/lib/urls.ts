/** Site URLs that carry the base path, so the site works when hosted under a sub-path. */

/** Joins the site's base path and a path inside the site: `href('articles/x/')` → `/sub/articles/x/`. */
export function href(sitePath: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + sitePath.replace(/^\/+/, '');
}

/** The reader page of an article. */
export const articleHref = (id: string) => href(`articles/${id}/`);

/** The records export. */
export const recordsHref = () => href('data/records.json');

/** The JSON Schema of the records export. */
export const schemaHref = () => href('data/records.schema.json');

/** The page of a person, organisation or place. */
export const entityHref = (id: string) => href(`entities/${id}/`);

/** The index of people, organisations and places. */
export const entitiesHref = () => href('entities/');

/** A sentence in the article reader. */
export const sentenceHref = (articleId: string, anchor: string) => `${articleHref(articleId)}#${anchor}`;

/** The permalink of a claim. */
export const claimHref = (id: string) => href(`claims/${id}/`);

/** The page of a cited source with no entity of its own (an anonymous source, a document); named sources redirect to their entity. */
export const sourceHref = (id: string) => href(`sources/${id}/`);

/** The index of everyone cited. */
export const sourcesHref = () => href('sources/');

/** The page of an event. */
export const eventHref = (id: string) => href(`events/${id}/`);

/** The timeline, whole or for one person or organisation. */
export const timelineHref = (entityId?: string) => href(entityId ? `timeline/${entityId}/` : 'timeline/');

/** The search page. */
export const searchHref = () => href('search/');

/** The page of a story carried by several articles (copies of one text). */
export const storyHref = (id: string) => href(`stories/${id}/`);
/** The statements ranked by how many articles carry them (page 1), or by when they were said. */
export const statementsHref = (order: 'coverage' | 'date' = 'coverage', page = 1) => href(`${order === 'coverage' ? 'statements/' : 'statements/by-date/'}${page > 1 ? `${page}/` : ''}`);
/** The compare view, whole or for two articles. */
export const compareHref = (a?: string, b?: string) => href(a && b ? `compare/${a}/${b}/` : 'compare/');
