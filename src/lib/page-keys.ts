/**
 * Incremental output, the pure part: a page is a function of its props, so the digest of its props and of the
 * site's code is a key to its output. A page whose key is the one the previous build recorded, and whose file is
 * still there, need not be rendered again: its file is kept.
 */
import { createHash } from 'node:crypto';

/**
 * A stable digest of a JSON-like value: object keys in any order give the same digest, undefined fields count as
 * absent. Functions, Maps and Sets are refused, since a page's props must be plain data to be a key.
 */
export function digest(value: unknown): string {
  const hash = createHash('sha256');
  const feed = (item: unknown): void => {
    if (typeof item === 'function' || item instanceof Map || item instanceof Set) throw new TypeError('page props must be plain data (no functions, Maps or Sets)');
    if (item === null || typeof item !== 'object') {
      hash.update(JSON.stringify(item) ?? 'undefined');
      return;
    }
    if (Array.isArray(item)) {
      hash.update('[');
      for (const element of item) {
        feed(element);
        hash.update(',');
      }
      hash.update(']');
      return;
    }
    hash.update('{');
    for (const key of Object.keys(item).sort()) {
      const field = (item as Record<string, unknown>)[key];
      if (field === undefined) continue;
      hash.update(JSON.stringify(key));
      hash.update(':');
      feed(field);
      hash.update(',');
    }
    hash.update('}');
  };
  feed(value);
  return hash.digest('base64url');
}

/** The key of a page's output: its props and the fingerprint of the site's code and settings. */
export const pageKey = (code: string, props: unknown): string => digest({ code, props });

/** The output file of a page under the build folder: the route with its params filled in, then `index.html`. */
export function pageFile(route: string, params: Record<string, string | undefined>): string {
  const filled = route.replace(/\[(?:\.\.\.)?(\w+)\]/gu, (_match, name: string) => (params[name] === undefined ? '' : encodeURIComponent(params[name])));
  const folder = filled.split('/').filter(Boolean).join('/');
  return folder ? `${folder}/index.html` : 'index.html';
}

/** A page as `getStaticPaths` returns it. */
export interface StaticPath {
  /** The route’s params for the page. */
  params: Record<string, string | undefined>;
  /** Everything the page renders. */
  props: Record<string, unknown>;
}

/** What the choice of pages to render leaves: the pages to render, and every page's file and key for the next build. */
export interface PageSelection<P> {
  /** The pages to render in this build. */
  render: P[];
  /** Every page of the route, rendered or kept: output file → key. */
  pages: Record<string, string>;
  /** How many pages keep the previous build’s file. */
  kept: number;
}

/**
 * Chooses the pages of a route to render: those whose key differs from the previous build's (or which it did not
 * have), and those whose file is gone. Takes the route pattern, its pages, the code fingerprint, the previous
 * build's keys by file (null to render all) and a check that a file exists in the output folder.
 */
export function selectPagesToRender<P extends StaticPath>(route: string, paths: readonly P[], code: string, previous: Readonly<Record<string, string>> | null, fileExists: (file: string) => boolean): PageSelection<P> {
  const pages: Record<string, string> = {};
  const render: P[] = [];
  let kept = 0;
  for (const path of paths) {
    const file = pageFile(route, path.params);
    if (pages[file] !== undefined) throw new Error(`two pages of ${route} write ${file}`);
    const key = pageKey(code, path.props);
    pages[file] = key;
    if (previous?.[file] === key && fileExists(file)) kept += 1;
    else render.push(path);
  }
  return { render, pages, kept };
}
