/**
 * Content layer: one loader per record type (articles, entities, sources, claims, events and stories), all fed by a
 * single pipeline run over `seeds/`. The run caches
 * each article's analysis by its file digest, so an unchanged article is not parsed again; every problem with
 * an input is logged as a warning naming the file, and the other articles are built as usual.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintCode, formatProblem, openFileCache, runPipeline, type Problem } from './pipeline/index.ts';
import { toStored } from './lib/stored-record.ts';
import type { Corpus } from './schema/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedsDir = path.resolve(root, process.env.SEEDS_DIR ?? 'seeds');
const cacheFile = path.join(root, 'node_modules/.cache/crosscheck/articles.json');

/** The pipeline's run for one state of the seeds folder; its problems are logged by the first loader to read it. */
let pending: { key: string; run: Promise<{ corpus: Corpus; problems: Problem[]; summary: string }>; readers: Set<RecordKind>; logged: boolean } | undefined;

/** A cheap key for the seeds folder's state: names, sizes and modification times. */
async function folderKey(): Promise<string> {
  const names = (await readdir(seedsDir)).sort();
  const stats = await Promise.all(names.map(async (name) => {
    const info = await stat(path.join(seedsDir, name));
    return `${name}:${info.size}:${info.mtimeMs}`;
  }));
  return stats.join('|');
}

/** Starts the pipeline once per state of the seeds folder, however many collections ask for it. */
async function startPipeline(): Promise<NonNullable<typeof pending>> {
  const key = await folderKey();
  if (pending?.key !== key) {
    const run = async () => {
      const cache = await openFileCache(cacheFile, await fingerprintCode([path.join(root, 'src/pipeline'), path.join(root, 'src/schema')]));
      const { corpus, problems } = await runPipeline(seedsDir, root, { cache });
      await cache.save();
      return { corpus, problems, summary: `${corpus.articles.length} articles, ${corpus.claims.length} claims, ${corpus.entities.length} entities, ${corpus.events.length} events` };
    };
    pending = { key, run: run(), readers: new Set(), logged: false };
  }
  return pending;
}

/** The corpus for the seeds folder as it is now; the first caller logs the problems found in the input. */
async function loadCorpus(logger: LoaderContext['logger']): Promise<Corpus> {
  const current = await startPipeline();
  const { corpus, problems, summary } = await current.run;
  if (!current.logged) {
    current.logged = true;
    for (const problem of problems) logger.warn(formatProblem(problem));
    logger.info(summary);
  }
  return corpus;
}

// The pipeline runs while Astro loads this file, before its content sync starts. Astro 5's data store arms a
// debounced save when a sync starts; a save still in flight when the sync ends makes the final save write the
// stale data (`#writeFileAtomic` in astro/dist/content/mutable-data-store.js), and a long pipeline inside a
// loader opens exactly that window. With the corpus ready, the loaders fill the store at once. A failure is
// reported by the loaders, which run the same (memoised) pipeline and name the collection.
await startPipeline()
  .then((started) => started.run)
  .catch(() => undefined);

type RecordKind = Exclude<keyof Corpus, 'version'>;
const recordKinds: readonly RecordKind[] = ['articles', 'entities', 'sources', 'claims', 'events', 'stories'];

/** Lets go of the corpus once every collection has its records: the data store holds them from then on. */
function doneReading(kind: RecordKind) {
  pending?.readers.add(kind);
  if (pending && recordKinds.every((k) => pending!.readers.has(k))) pending = undefined;
}

/** A loader that fills a collection with one kind of record from the corpus. */
function corpusLoader(kind: RecordKind): Loader {
  const load = async ({ store, logger, generateDigest }: LoaderContext) => {
    const records = (await loadCorpus(logger))[kind];
    doneReading(kind);
    const ids = new Set<string>();
    for (const record of records) {
      ids.add(record.id);
      const data = toStored(record);
      store.set({ id: record.id, data: { ...data }, digest: generateDigest(data.json) });
    }
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  };
  return {
    name: `crosscheck-${kind}`,
    load: async (context) => {
      await load(context);
      // In `astro dev`, reload when an article or the editorial file changes.
      context.watcher?.add(seedsDir);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(seedsDir)) void load(context);
      });
    },
  };
}

export const collections = Object.fromEntries(recordKinds.map((kind) => [kind, defineCollection({ loader: corpusLoader(kind) })])) as Record<RecordKind, ReturnType<typeof defineCollection>>;
