/**
 * Incremental page output: which records each record page reads while it renders, so that the next build
 * renders only the pages whose inputs changed and keeps the others' files as they are.
 *
 * Astro renders pages one after another (`build.concurrency: 1`), so every read between the start of one page
 * and the start of the next belongs to the first. The lookups the pages read from (`corpusIndex`'s maps, the
 * corpus's lists) are wrapped so that each `get(id)` is noted as a read of that one record, and any other use
 * (iteration, size) as a read of the whole lookup. A page is kept when its props and the value behind every
 * read are unchanged: its template ran on the same inputs, so it would write the same file. The site's code
 * is part of the key too (the integration starts afresh when it changes), since a template change alters
 * output on unchanged inputs.
 *
 * The build state lives on `globalThis` because the integration (loaded with the Astro config) and the pages
 * (loaded from the build's bundle) are different module instances of this file.
 */
import { createHash } from 'node:crypto';

/** What the previous build recorded, and what the next one reads back. */
export interface PageManifest {
  /** The fingerprint of the site's code and settings the pages were rendered with. */
  code: string;
  /** Every read key, with the digest of its value when the pages were rendered. */
  reads: Record<string, string>;
  /** Every record page by key (route pattern and params): the digest of its props, its output file, its reads. */
  pages: Record<string, { props: string; file: string; reads: string[] }>;
}

/** One build's state, shared by the integration, the lookups, the middleware and `getStaticPaths`. */
interface BuildState {
  /** The previous build's manifest; null renders every page. */
  previous: PageManifest | null;
  /** Says whether a page's file is still in the output folder. */
  fileExists: (file: string) => boolean;
  /** The page being rendered now; null between pages and while `getStaticPaths` runs. */
  current: string | null;
  /** Record pages of this build: those rendered now, and those kept from the previous build. */
  pages: Map<string, { props: string; file: string; reads: Set<string> | string[] }>;
  /** Pages rendered and kept, by route pattern, for the build's summary. */
  counts: Map<string, { rendered: number; kept: number }>;
  /** Digests of read keys' values in this build, computed once each. */
  digests: Map<string, string>;
  /** Digests of the objects behind them, shared by every read and every page's props. */
  objects: WeakMap<object, string>;
}

type Lookup = ReadonlyMap<string, unknown> | readonly unknown[];

const stateKey = Symbol.for('crosscheck.page-reads');
const lookupsKey = Symbol.for('crosscheck.page-lookups');
const globals = globalThis as { [stateKey]?: BuildState; [lookupsKey]?: Map<string, Lookup> };
/** The lookups reads refer to, by name; kept apart from the build's state because they may be wrapped first. */
const lookups = (globals[lookupsKey] ??= new Map());

/** Starts a build's state: the previous manifest (null to render everything) and a check on output files. */
export function startBuild(previous: PageManifest | null, fileExists: (file: string) => boolean): void {
  globals[stateKey] = { previous, fileExists, current: null, pages: new Map(), counts: new Map(), digests: new Map(), objects: new WeakMap() };
}

/** The state of the build in progress; outside a build (dev server, tests) nothing is tracked. */
function state(): BuildState | undefined {
  return globals[stateKey];
}

/**
 * A stable digest of a JSON-like value; Maps and Sets count by their entries, functions are refused. `memo`
 * remembers the digest of each object, so a record that many pages read (an entity in a thousand articles'
 * mention lists) is serialised once per build rather than once per read; objects must not change meanwhile.
 */
export function digest(value: unknown, memo: WeakMap<object, string> = new WeakMap()): string {
  if (typeof value === 'function') throw new TypeError('a page input cannot be a function');
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const known = memo.get(value);
  if (known !== undefined) return known;
  const parts =
    value instanceof Map
      ? ['map', ...[...value].map(([k, v]) => `${digest(k, memo)}=${digest(v, memo)}`)]
      : value instanceof Set
        ? ['set', ...[...value].map((v) => digest(v, memo))]
        : Array.isArray(value)
          ? ['list', ...value.map((v) => digest(v, memo))]
          : ['object', ...Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${digest(v, memo)}`)];
  const result = createHash('sha1').update(parts.join('\u0001')).digest('base64url');
  memo.set(value, result);
  return result;
}

const everything = '*';
const readKey = (lookup: string, id: string) => `${lookup}\u0000${id}`;

function noteRead(lookup: string, id: string): void {
  const build = state();
  if (!build?.current) return;
  const page = build.pages.get(build.current);
  if (page && page.reads instanceof Set) page.reads.add(readKey(lookup, id));
}

/** Wraps a map so that reads during a page's render are noted: `get`/`has` as one record, the rest as all. */
function trackedMap<V>(name: string, map: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  return new Proxy(map as Map<string, V>, {
    get(target, property) {
      if (property === 'get' || property === 'has') {
        return (id: string) => {
          noteRead(name, id);
          return property === 'get' ? target.get(id) : target.has(id);
        };
      }
      noteRead(name, everything);
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Wraps a list so that any use during a page's render is noted as a read of the whole list. */
function trackedList<T>(name: string, list: readonly T[]): readonly T[] {
  return new Proxy(list as T[], {
    get(target, property, receiver) {
      noteRead(name, everything);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/**
 * Wraps every map and list of a set of lookups (`corpusIndex`, the corpus's record lists) so that pages'
 * reads are noted, and registers them under `prefix.name` for digesting. Other values pass through as they are.
 */
export function trackReads<T extends object>(prefix: string, tracked: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tracked)) {
    const key = `${prefix}.${name}`;
    if (value instanceof Map) {
      lookups.set(key, value as ReadonlyMap<string, unknown>);
      wrapped[name] = trackedMap(key, value as ReadonlyMap<string, unknown>);
    } else if (Array.isArray(value)) {
      lookups.set(key, value);
      wrapped[name] = trackedList(key, value);
    } else {
      wrapped[name] = value;
    }
  }
  return wrapped as T;
}

/** Digests the value behind a read key in this build's lookups, once per build; '' for a lookup it lacks. */
function readDigester(build: BuildState): (key: string) => string {
  const memo = build.digests;
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      const [lookup, id] = key.split('\u0000') as [string, string];
      const source = lookups.get(lookup);
      if (!source) value = '';
      else if (id === everything) value = digest(source, build.objects);
      else value = digest(Array.isArray(source) ? undefined : (source as ReadonlyMap<string, unknown>).get(id), build.objects);
      memo.set(key, value);
    }
    return value;
  };
}

/** A record page, as `getStaticPaths` returns it. */
interface StaticPath {
  params: Record<string, string>;
  props: Record<string, unknown>;
}

/** The key of a page: its route pattern and params. The middleware builds the same key from the request. */
export function pageKey(route: string, params: Record<string, string | undefined>): string {
  return `${route} ${JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}

/** The output file of a page under the build folder: the route with its params filled in, then `index.html`. */
export function pageFile(route: string, params: Record<string, string>): string {
  const filled = route.replace(/\[(\w+)\]/gu, (_match, name: string) => encodeURIComponent(params[name] ?? ''));
  return `${filled.replace(/^\/+|\/+$/gu, '')}/index.html`;
}

/**
 * Wraps a route's `getStaticPaths`: returns only the pages to render now, and records every page of the
 * route. Reads made while listing the paths belong to no page.
 */
export function onlyChangedPages<P extends StaticPath>(route: string, listPaths: () => P[]): P[] {
  const build = state();
  if (!build) return listPaths();
  build.current = null;
  const paths = listPaths();
  const currentDigest = readDigester(build);
  const counts = { rendered: 0, kept: 0 };
  const render = paths.filter((path) => {
    const key = pageKey(route, path.params);
    const props = digest(path.props, build.objects);
    const file = pageFile(route, path.params);
    const before = build.previous?.pages[key];
    const unchanged =
      before !== undefined &&
      before.props === props &&
      before.file === file &&
      before.reads.every((read) => build.previous!.reads[read] === currentDigest(read) && currentDigest(read) !== '') &&
      build.fileExists(file);
    build.pages.set(key, { props, file, reads: unchanged ? before.reads : new Set() });
    counts[unchanged ? 'kept' : 'rendered'] += 1;
    return !unchanged;
  });
  build.counts.set(route, counts);
  return render;
}

/** Marks the start of a page's render (called by the middleware for every page). */
export function beginPage(route: string, params: Record<string, string | undefined>): void {
  const build = state();
  if (build) build.current = pageKey(route, params);
}

/** What a finished build leaves: the manifest for the next build, the pages that are gone, and a summary. */
export interface BuildResult {
  manifest: PageManifest;
  /** Output files of pages the previous build wrote and this one no longer has. */
  removed: string[];
  /** Pages rendered and kept, by route. */
  counts: Map<string, { rendered: number; kept: number }>;
}

/** Ends the build: digests every read of this build's pages, and lists the files of pages that are gone. */
export function finishBuild(code: string): BuildResult | undefined {
  const build = state();
  if (!build) return undefined;
  const digestRead = readDigester(build);
  const manifest: PageManifest = { code, reads: {}, pages: {} };
  for (const [key, page] of [...build.pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const reads = [...page.reads].sort();
    for (const read of reads) manifest.reads[read] ??= digestRead(read);
    manifest.pages[key] = { props: page.props, file: page.file, reads };
  }
  const files = new Set(Object.values(manifest.pages).map((page) => page.file));
  const removed = Object.values(build.previous?.pages ?? {}).map((page) => page.file).filter((file) => !files.has(file));
  delete globals[stateKey];
  return { manifest, removed, counts: build.counts };
}
