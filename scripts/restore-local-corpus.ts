/**
 * Restores the local measurement set: copyrighted news articles that the repository must not hold are read from
 * fetched snapshots of public dataset repositories, as `tests/fixtures/local-sources.json` lists them, and written to
 * the ignored folder `tests/fixtures/local/` with an `editorial.yaml` of the datasets' own metadata.
 * `npm run corpus:local`; `MIRROR_DIR` overrides where the snapshots are (default `/work/.mirror`).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { z } from 'zod';

const ExtractSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('whole') }).strict(),
  z.object({ kind: z.literal('reuters-sgml'), newid: z.string().regex(/^\d+$/) }).strict(),
  z.object({ kind: z.literal('json-key'), key: z.string().min(1), text: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal('csv-row'),
      key: z.object({ column: z.string().min(1), value: z.string().min(1) }).strict(),
      text: z.string().min(1),
    })
    .strict(),
]);

const EntrySchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.txt$/, 'a plain file name ending in .txt'),
    repo: z.string().regex(/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/, 'owner/name'),
    commit: z.string().regex(/^[0-9a-f]{40}$/, '40 hex digits'),
    path: z.string().min(1),
    extract: ExtractSchema,
    outlet: z.string().min(1).nullable(),
    title: z.string().min(1).nullable(),
    published: z.iso.date().nullable(),
    desk: z.string().min(1),
    notes: z.string(),
  })
  .strict();

const ManifestSchema = z.array(EntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) ctx.addIssue({ code: 'custom', message: `duplicate article name ${entry.name}` });
    seen.add(entry.name);
  }
});

export type Extract = z.infer<typeof ExtractSchema>;
export type ManifestEntry = z.infer<typeof EntrySchema>;

const root = path.resolve(import.meta.dirname, '..');
const manifestFile = path.join(root, 'tests/fixtures/local-sources.json');
const outputFolder = path.join(root, 'tests/fixtures/local');

/** Checks the parsed manifest JSON and returns its entries, or throws naming the first problem. */
export function parseManifest(raw: unknown): ManifestEntry[] {
  const result = ManifestSchema.safeParse(raw);
  if (!result.success) throw new Error(`tests/fixtures/local-sources.json: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Returns the git directory of a repository's fetched snapshot, or null when the snapshot is not on this machine. */
export function snapshotGitDir(mirrorDir: string, repo: string): string | null {
  const folder = path.join(mirrorDir, repo.replace('/', '+'), 'repo');
  // Snapshots arrive either as a bare repository or as a folder holding `.git`; both are read the same way.
  const nested = path.join(folder, '.git');
  if (existsSync(path.join(nested, 'HEAD'))) return nested;
  if (existsSync(path.join(folder, 'HEAD'))) return folder;
  return null;
}

/** Reads one file of a snapshot at the pinned commit, as bytes. */
export async function readSnapshotFile(gitDir: string, commit: string, file: string): Promise<Buffer> {
  // No shell: the path comes from the manifest and must reach git as one argument, whatever it contains.
  try {
    const { stdout } = await promisify(execFile)('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {
      encoding: 'buffer',
      maxBuffer: 512 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    // git's own message (an unknown commit, a path not in it) says more than "Command failed".
    const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new Error(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

/** Decodes a dataset file: UTF-8 when it is valid UTF-8, otherwise Latin-1. */
export function decodeSource(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Some older corpora predate UTF-8; Latin-1 maps every byte to a character, so nothing is lost.
    return bytes.toString('latin1');
  }
}

const namedReferences: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Decodes SGML character references, dropping the wire's control characters. */
export function decodeSgmlText(text: string): string {
  return text.replace(/&(?:#(\d+)|lt|gt|amp);/g, (reference: string, code: string | undefined) => {
    if (code === undefined) return namedReferences[reference] ?? reference;
    const point = Number(code);
    // &#2; and &#3; (start and end of text) and the like framed the 1987 transmission; they are not article text.
    return point < 32 && point !== 9 && point !== 10 ? '' : String.fromCodePoint(point);
  });
}

/** Returns one story of a Reuters-21578 SGML file: headline, author line, then dateline and body, as the wire ran them. */
export function extractReutersSgml(sgml: string, newid: string): string {
  const story = [...sgml.matchAll(/<REUTERS\b[^>]*\bNEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)].find((m) => m[1] === newid)?.[2];
  if (story === undefined) throw new Error(`no <REUTERS NEWID="${newid}">`);
  const field = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(story)?.[1];
  const body = field('BODY');
  if (body === undefined) throw new Error(`story ${newid} has no <BODY>`);
  const lines = [field('TITLE'), field('AUTHOR'), `${field('DATELINE') ?? ''}${body}`].filter((line) => line !== undefined);
  return decodeSgmlText(lines.join('\n'));
}

/** Returns a string field of the record stored under `key` in a JSON object keyed by record id. */
export function extractJsonKey(json: string, key: string, field: string): string {
  const records: unknown = JSON.parse(json);
  const record: unknown = typeof records === 'object' && records !== null ? (records as Record<string, unknown>)[key] : undefined;
  const text: unknown = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[field] : undefined;
  if (typeof text !== 'string') throw new Error(`no string field "${field}" under key "${key}"`);
  return text;
}

/** Splits CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"' && (quoted || field === '')) {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Returns the `text` column of the one CSV row whose key column holds the key value. */
export function extractCsvRow(csv: string, key: { column: string; value: string }, column: string): string {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const keyIndex = header?.indexOf(key.column) ?? -1;
  const textIndex = header?.indexOf(column) ?? -1;
  if (keyIndex < 0 || textIndex < 0) throw new Error(`CSV header lacks "${key.column}" or "${column}"`);
  const matches = rows.filter((row) => row[keyIndex] === key.value);
  // A key that is not unique would make the article depend on row order, which the manifest must not.
  if (matches.length !== 1) throw new Error(`${matches.length} rows have ${key.column} = ${JSON.stringify(key.value)}`);
  return matches[0]![textIndex] ?? '';
}

/** Returns the article a manifest entry points at within its dataset file. */
export function extractArticle(source: string, extract: Extract): string {
  switch (extract.kind) {
    case 'whole':
      return source;
    case 'reuters-sgml':
      return extractReutersSgml(source, extract.newid);
    case 'json-key':
      return extractJsonKey(source, extract.key, extract.text);
    case 'csv-row':
      return extractCsvRow(source, extract.key, extract.text);
  }
}

/** Renders `editorial.yaml` (the seeds' format) from the entries' title, outlet and publication date. */
export function editorialYaml(entries: readonly ManifestEntry[]): string {
  const articles: Record<string, { title?: string; outlet?: string; published?: string }> = {};
  for (const { name, title, outlet, published } of entries) {
    const known = { ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
    if (Object.keys(known).length > 0) articles[name] = known;
  }
  const header = [
    '# Dataset metadata for the local measurement set, written by scripts/restore-local-corpus.ts from',
    '# tests/fixtures/local-sources.json: what each source dataset stores beside the text. Do not edit; restore again.',
  ];
  return `${header.join('\n')}\n${stringify({ articles }, { lineWidth: 0 })}`;
}

/** Restores every manifest entry whose snapshot is here; returns the exit code (1 when any article is missing). */
async function restore(): Promise<number> {
  const entries = parseManifest(JSON.parse(await readFile(manifestFile, 'utf8')));
  const mirrorDir = process.env['MIRROR_DIR'] ?? '/work/.mirror';
  await mkdir(outputFolder, { recursive: true });
  const restored: ManifestEntry[] = [];
  const missingRepos = new Set<string>();
  let failed = 0;
  for (const entry of entries) {
    const gitDir = snapshotGitDir(mirrorDir, entry.repo);
    if (gitDir === null) {
      if (!missingRepos.has(entry.repo)) {
        console.error(`missing snapshot of ${entry.repo} under ${mirrorDir}: bring it with the search tool's fetch (github:${entry.repo}), then run npm run corpus:local again`);
      }
      missingRepos.add(entry.repo);
      continue;
    }
    try {
      const source = decodeSource(await readSnapshotFile(gitDir, entry.commit, entry.path));
      await writeFile(path.join(outputFolder, entry.name), extractArticle(source, entry.extract), 'utf8');
      restored.push(entry);
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(`${entry.name}: could not restore from ${entry.repo} ${entry.commit.slice(0, 10)}:${entry.path}: ${reason}`);
    }
  }
  // An article restored by an earlier run keeps its metadata when its snapshot is missing this time.
  const present = entries.filter((entry) => restored.includes(entry) || existsSync(path.join(outputFolder, entry.name)));
  await writeFile(path.join(outputFolder, 'editorial.yaml'), editorialYaml(present), 'utf8');
  const skipped = entries.length - restored.length - failed;
  console.log(`restored ${restored.length} of ${entries.length} articles into ${path.relative(root, outputFolder)}/` + (skipped > 0 ? `; ${skipped} skipped for ${missingRepos.size} missing snapshot(s)` : '') + (failed > 0 ? `; ${failed} failed` : ''));
  return restored.length === entries.length ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  process.exitCode = await restore();
}
