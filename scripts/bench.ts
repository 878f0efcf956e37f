/**
 * `npm run bench`: measures Crosscheck on two kinds of corpora from scripts/generate-corpus.ts — distinct generated
 * articles, and a syndicated corpus (a few stories, each carried by many outlets with small edits) — and writes
 * bench/RESULTS.md. For N = 5, 100 and 1,000 articles: extraction time and words per second beside compromise's
 * own bare pass over the same text; records (claims, events, stories); the full build (Astro, Pagefind) wall time
 * and peak memory; pages written, and the record pages among them (neither a reader nor a redirect stub); the
 * Pagefind index size; the bytes one search fetches; and a rebuild after changing one article. `--sizes 5,100`
 * picks other sizes, `--corpora syndicated` one kind, `--extract-only` skips the builds.
 */
import nlp from 'compromise';
import { execFile } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { buildEnv } from '../tests/support/build-env.ts';
import { serveDirectory } from '../tests/support/serve.ts';
import { pagePaths } from '../src/integrations/sitemap.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { generateCorpus, generateSyndicatedCorpus } from './generate-corpus.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench/out');
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [5, 100, 1000];
const corporaArg = process.argv.indexOf('--corpora');
const kinds = (corporaArg > 0 ? process.argv[corporaArg + 1]!.split(',') : ['generated', 'syndicated']) as Array<'generated' | 'syndicated'>;
const extractOnly = process.argv.includes('--extract-only');

/** Words per second of compromise alone over the same texts: tagging each file's text, as the tagger does. */
async function compromiseWordsPerSecond(folder: string, words: number): Promise<number> {
  const texts = await Promise.all((await readdir(folder)).filter((f) => f.endsWith('.txt')).map((f) => readFile(path.join(folder, f), 'utf8')));
  const started = performance.now();
  for (const text of texts) nlp(text).compute('root').json({ offset: true });
  return words / ((performance.now() - started) / 1000);
}


/** Runs a command under /usr/bin/time; returns wall seconds, peak resident memory in MB and the output. */
async function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakMb: number; log: string }> {
  const { stdout, stderr } = await run('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], { cwd: root, env, maxBuffer: 256 * 1024 * 1024 });
  const [, seconds, kb] = stderr.match(/TIME ([\d.]+) (\d+)/u)!;
  return { seconds: Number(seconds), peakMb: Math.round(Number(kb) / 1024), log: stdout + stderr };
}

/** The record pages an incremental build rendered, from its log. */
const renderedPages = (log: string) => Number(log.match(/record pages: (\d+) rendered/u)?.[1] ?? Number.NaN);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  return total;
}

/** Bytes the browser fetches from /pagefind/ for one search on the built site. */
async function searchBytes(site: string, query: string): Promise<number> {
  const server = await serveDirectory(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.locator('.pf-result-link').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Row {
  kind: 'generated' | 'syndicated';
  n: number;
  words: number;
  extractSeconds: number;
  wordsPerSecond: number;
  compromiseWordsPerSecond: number;
  claims: number;
  events: number;
  stories: number;
  build?: { seconds: number; peakMb: number; pagefindSeconds: number; pages: number; recordPages: number; indexBytes: number; searchBytes: number; rebuildSeconds: number; rebuildPages: number };
}

const rows: Row[] = [];
await mkdir(out, { recursive: true });
for (const kind of kinds) for (const n of sizes) {
  const corpus = path.join(out, `${kind}-${n}`);
  await rm(corpus, { recursive: true, force: true });
  await (kind === 'syndicated' ? generateSyndicatedCorpus(n, corpus) : generateCorpus(n, corpus));
  const started = performance.now();
  const { corpus: records } = await runPipeline(corpus, corpus);
  const extractSeconds = (performance.now() - started) / 1000;
  const words = records.articles.reduce((sum, a) => sum + a.wordCount, 0);
  const row: Row = {
    kind,
    n,
    words,
    extractSeconds,
    wordsPerSecond: words / extractSeconds,
    compromiseWordsPerSecond: await compromiseWordsPerSecond(corpus, words),
    claims: records.claims.length,
    events: records.events.length,
    stories: records.stories.length,
  };
  console.log(`${kind} N=${n}: extraction ${extractSeconds.toFixed(1)} s, ${Math.round(row.wordsPerSecond)} words/s (compromise alone ${Math.round(row.compromiseWordsPerSecond)}), ${row.claims} claims, ${row.events} events, ${row.stories} stories`);
  if (extractOnly) {
    rows.push(row);
    continue;
  }

  const site = path.join(out, `site-${kind}-${n}`);
  await rm(site, { recursive: true, force: true });
  await rm(path.join(root, 'node_modules/.cache/crosscheck'), { recursive: true, force: true });
  await rm(path.join(root, '.astro'), { recursive: true, force: true });
  await rm(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const env = buildEnv({ SEEDS_DIR: corpus, OUT_DIR: site });
  const build = await timed('npx', ['astro', 'build'], env);
  const pagefind = await timed('npx', ['pagefind', '--site', site], env);
  const pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).length;
  // Pages other than the one reader per article and the redirect stubs of copies' permalinks: what grows with
  // statements, events and people rather than with files.
  const recordPages = (await pagePaths(site)).filter((page) => !page.startsWith('articles/')).length;
  const indexBytes = await folderBytes(path.join(site, 'pagefind'));
  const fetched = await searchBytes(site, 'minister');
  // Change one article and build again: its analysis is recomputed and the pages that read its records are
  // rendered; the other analyses come from the cache and the other pages stay. Pagefind indexes every page again.
  const first = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort()[0]!;
  await appendFile(path.join(corpus, first), '\nThe mayor said on Friday that the roads would reopen.\n');
  const rebuild = await timed('npx', ['astro', 'build'], env);
  const reindex = await timed('npx', ['pagefind', '--site', site], env);
  row.build = {
    seconds: build.seconds + pagefind.seconds,
    // The highest of the four runs: the full build, its index, the rebuild and its index.
    peakMb: Math.max(build.peakMb, pagefind.peakMb, rebuild.peakMb, reindex.peakMb),
    pagefindSeconds: pagefind.seconds,
    pages,
    recordPages,
    indexBytes,
    searchBytes: fetched,
    rebuildSeconds: rebuild.seconds + reindex.seconds,
    rebuildPages: renderedPages(rebuild.log),
  };
  console.log(`${kind} N=${n}: build ${row.build.seconds.toFixed(1)} s, ${row.build.peakMb} MB, ${pages} pages (${recordPages} record pages), search fetched ${fetched} bytes, rebuild ${row.build.rebuildSeconds.toFixed(1)} s (${row.build.rebuildPages} pages rendered)`);
  rows.push(row);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const lines = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  'Corpora come from `scripts/generate-corpus.ts` (deterministic, news-style, names and places not in the seeds): *generated* is',
  'distinct articles; *syndicated* is four stories, each carried by many outlets under their own file names, headlines and',
  'dates, some trimmed, some with a local paragraph, and no editorial entry. "compromise alone" is the tagger\'s own pass',
  'over the same files (`nlp(text).compute(\'root\').json()`), the floor under our extraction speed.',
  '',
  '| corpus | articles | words | claims | events | stories | extraction | words/s | compromise alone, words/s | full build (Astro + Pagefind) | peak memory | pages | record pages | Pagefind index | one search fetches | rebuild after 1 change (Astro + Pagefind) | pages rendered again |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.kind} | ${r.n} | ${r.words} | ${r.claims} | ${r.events} | ${r.stories} | ${r.extractSeconds.toFixed(1)} s | ${Math.round(r.wordsPerSecond)} | ${Math.round(r.compromiseWordsPerSecond)} | ${r.build ? `${r.build.seconds.toFixed(1)} s (Pagefind ${r.build.pagefindSeconds.toFixed(1)} s)` : '—'} | ${r.build ? `${r.build.peakMb} MB` : '—'} | ${r.build?.pages ?? '—'} | ${r.build?.recordPages ?? '—'} | ${r.build ? kb(r.build.indexBytes) : '—'} | ${r.build ? kb(r.build.searchBytes) : '—'} | ${r.build ? `${r.build.rebuildSeconds.toFixed(1)} s (${Math.round((100 * r.build.rebuildSeconds) / r.build.seconds)} %)` : '—'} | ${r.build?.rebuildPages ?? '—'} |`),
  '',
];
for (const kind of kinds) {
  const small = rows.find((r) => r.kind === kind && r.n === 100);
  const large = rows.find((r) => r.kind === kind && r.n === 1000);
  if (small && large) {
    const build = small.build && large.build ? `, full build t(1000)/t(100) = ${(large.build.seconds / small.build.seconds).toFixed(1)}` : '';
    lines.push(`${kind}: extraction scales as t(1000)/t(100) = ${(large.extractSeconds / small.extractSeconds).toFixed(1)}${build} (target ≤ 11).`, '');
    if (small.build && large.build) {
      const ratio = (a: number, b: number) => (b / a).toFixed(1);
      lines.push(`${kind}: record pages grow ×${ratio(small.build.recordPages, large.build.recordPages)} from 100 to 1,000 articles, distinct statements ×${ratio(small.claims, large.claims)}; all pages ×${ratio(small.build.pages, large.build.pages)} (one reader per article, and a redirect stub for each copy's permalink).`, '');
    }
  }
}
// A partial run (extraction only) prints its figures but leaves the recorded results alone.
if (!extractOnly) await writeFile(path.join(root, 'bench/RESULTS.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
