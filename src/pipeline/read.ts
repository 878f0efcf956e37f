/**
 * Reading: the pipeline's only I/O. Turns the files of a seeds folder into decoded article inputs and the
 * parsed editorial file, with a problem for each file that cannot be used as it is.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EditorialSchema, type Editorial } from '../schema/index.ts';
import type { Problem } from './problems.ts';

/** An article file, decoded. */
export interface ArticleInput {
  /** Path relative to the repository, with forward slashes. */
  file: string;
  /** The decoded text: UTF-8 (or Windows-1252 when the bytes are not UTF-8), byte-order mark removed. */
  text: string;
  /** SHA-256 of the file's bytes: an unchanged file has an unchanged digest. */
  digest: string;
}

/** What a seeds folder holds. */
export interface SeedFolder {
  inputs: ArticleInput[];
  editorial: Editorial;
  problems: Problem[];
}

/** The editorial file's name inside the seeds folder. */
export const editorialFileName = 'editorial.yaml';

/** Files bigger than this are skipped: a news article is tens of kilobytes, and a book-length file would stall the build. */
export const maxArticleBytes = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** Decodes one article file's bytes; returns the input or the problem that keeps it out, and any warnings. */
export function decodeArticle(file: string, bytes: Uint8Array): { input: ArticleInput | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const skip = (message: string) => ({ input: null, problems: [{ file, severity: 'skip' as const, message }] });
  if (bytes.length > maxArticleBytes) return skip(`file is ${bytes.length} bytes, over the ${maxArticleBytes}-byte limit for one article`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return skip(`binary file (NUL byte at offset ${nul}), not article text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
    problems.push({ file, severity: 'warning', message: 'not valid UTF-8; read as Windows-1252 (Latin-1)' });
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return skip('empty file (no text besides white space)');
  const digest = createHash('sha256').update(bytes).digest('hex');
  return { input: { file, text, digest }, problems };
}

/** Parses the editorial file; a malformed one is reported field by field and replaced by an empty one. */
export function parseEditorial(file: string, source: string): { editorial: Editorial; problems: Problem[] } {
  const empty = EditorialSchema.parse({});
  let raw: unknown;
  try {
    raw = parseYaml(source) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { editorial: empty, problems: [{ file, severity: 'error', message: `not valid YAML: ${reason}; editorial data ignored` }] };
  }
  const parsed = EditorialSchema.safeParse(raw);
  if (parsed.success) return { editorial: parsed.data, problems: [] };
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  return { editorial: empty, problems: [{ file, severity: 'error', message: `invalid editorial file; ignored. ${fields.join('; ')}` }] };
}

/**
 * Reads a seeds folder: every `.txt` file is an article, `editorial.yaml` is the editorial file, and anything
 * else is skipped with a problem. `root` is the folder paths are reported relative to.
 */
export async function readSeedFolder(dir: string, root: string): Promise<SeedFolder> {
  const relative = (name: string) => path.relative(root, path.join(dir, name)).split(path.sep).join('/');
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inputs: ArticleInput[] = [];
  const problems: Problem[] = [];
  let editorial = EditorialSchema.parse({});
  for (const entry of entries) {
    const file = relative(entry.name);
    if (entry.name.startsWith('.')) continue;
    if (!entry.isFile()) {
      problems.push({ file, severity: 'skip', message: 'not a regular file' });
    } else if (entry.name === editorialFileName) {
      const result = parseEditorial(file, await readFile(path.join(dir, entry.name), 'utf8'));
      editorial = result.editorial;
      problems.push(...result.problems);
    } else if (entry.name.endsWith('.txt')) {
      const result = decodeArticle(file, await readFile(path.join(dir, entry.name)));
      if (result.input) inputs.push(result.input);
      problems.push(...result.problems);
    } else {
      problems.push({ file, severity: 'skip', message: `not an article: only .txt files and ${editorialFileName} are read` });
    }
  }
  const articleNames = new Set(inputs.map((input) => path.basename(input.file)));
  for (const name of Object.keys(editorial.articles)) {
    if (!articleNames.has(name)) {
      problems.push({ file: relative(editorialFileName), severity: 'warning', message: `articles.${name}: no such article file in the seeds folder` });
    }
  }
  return { inputs, editorial, problems };
}
