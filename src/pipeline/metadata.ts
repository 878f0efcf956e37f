/**
 * Metadata: an article's title, outlet and publication date. What the text states comes first; the editorial
 * file supplies what it lacks; every value records where it came from.
 */
import { parse as parseYaml } from 'yaml';
import type { Dateline, EditorialArticle, Paragraph, Provenance } from '../schema/index.ts';
import { splitSentences } from './document/sentences.ts';
import type { Problem } from './problems.ts';
import { publishedDateRules } from './rules/published-date.ts';

/** The resolved metadata of one article. */
export interface ArticleMetadata {
  title: string;
  outlet: string | null;
  published: string | null;
  provenance: { title: Provenance; outlet: Provenance; published: Provenance };
}

/** A title made from the first body sentence is cut to this many words. */
const maxFallbackTitleWords = 14;

/** A headline line longer than this many words holds a standfirst too, and is cut after its first sentence. */
const maxHeadlineWords = 24;

interface Stated<T> {
  value: T;
  provenance: Provenance;
}

/** The title a Markdown header block states ("title: …"), or null. */
function headerTitle(text: string, paragraphs: readonly Paragraph[]): Stated<string> | null {
  const header = paragraphs.find((p) => p.rule === 'front-matter');
  if (!header) return null;
  let fields: unknown;
  try {
    fields = parseYaml(text.slice(header.start, header.end).replace(/^---\s*|\s*---$/gu, ''));
  } catch {
    return null;
  }
  const title = fields && typeof fields === 'object' && 'title' in fields && typeof fields.title === 'string' ? fields.title.replace(/\s+/gu, ' ').trim() : '';
  return title ? { value: title, provenance: { from: 'text', detail: 'the title line of the header block' } } : null;
}

/**
 * The headline the text prints above the story: the first line of the headline paragraph, whole — a headline may
 * hold a full stop ("Biden promised that ISIS-K would “pay.” Not having …") — unless it runs long, when it is cut
 * after its first sentence (never inside quotation marks, which the sentence splitter keeps together).
 */
function statedTitle(text: string, paragraphs: readonly Paragraph[]): Stated<string> | null {
  const headline = paragraphs.find((p) => p.furnitureKind === 'headline');
  if (!headline) return null;
  const firstLine = text.slice(headline.start, headline.end).split(/\r?\n/u)[0]!.replace(/\s+/gu, ' ').trim();
  if (firstLine.split(' ').length <= maxHeadlineWords) return { value: firstLine, provenance: { from: 'text', detail: 'the headline line above the story' } };
  const first = splitSentences(text, headline)[0] ?? headline;
  return { value: text.slice(first.start, first.end).replace(/\s+/gu, ' ').trim(), provenance: { from: 'text', detail: 'the headline line above the story (its first sentence)' } };
}

/** A title of last resort: the opening words of the first body sentence. */
function fallbackTitle(text: string, paragraphs: readonly Paragraph[]): Stated<string> {
  const sentence = paragraphs.find((p) => p.kind === 'body')?.sentences[0];
  const words = sentence ? text.slice(sentence.start, sentence.end).trim().split(/\s+/) : [];
  if (words.length === 0) return { value: 'Untitled article', provenance: { from: 'none', detail: 'no headline and no body text' } };
  const cut = words.length > maxFallbackTitleWords;
  const value = cut ? `${words.slice(0, maxFallbackTitleWords).join(' ')}…` : words.join(' ');
  return { value, provenance: { from: 'text', detail: 'no headline: the opening words of the first body sentence' } };
}

/** The publication date the text states, by the first row of `rules/published-date.ts` that finds one. */
function statedDate(text: string, paragraphs: readonly Paragraph[], dateline: Dateline | null, file: string): Stated<string> | null {
  const context = { text, paragraphs, dateline, fileName: file.split('/').at(-1) ?? file };
  for (const rule of publishedDateRules) {
    const found = rule.read(context);
    if (found) return { value: found.date, provenance: { from: 'text', detail: found.detail } };
  }
  return null;
}

function fromEditorial<T>(value: T, editorial: EditorialArticle, editorialFile: string): Stated<T> {
  const note = editorial.note ? { note: editorial.note } : {};
  return { value, provenance: { from: 'editorial', detail: `stated in ${editorialFile}`, ...note } };
}

/**
 * Resolves an article's metadata. Takes the article's file and text, its paragraphs and its editorial entry;
 * returns title, outlet and date with their provenance, and a warning where the editorial file contradicts
 * the text.
 */
export function resolveMetadata(
  input: { file: string; text: string },
  paragraphs: readonly Paragraph[],
  editorial: EditorialArticle | undefined,
  editorialFile: string,
  dateline: Dateline | null = null,
): { metadata: ArticleMetadata; problems: Problem[] } {
  const problems: Problem[] = [];
  const entry = editorial ?? {};
  const contradiction = (field: string, stated: string, edited: string) =>
    problems.push({
      file: input.file,
      severity: 'warning',
      message: `${editorialFile} gives ${field} "${edited}" but the text states "${stated}"; the text wins`,
    });

  let title = headerTitle(input.text, paragraphs) ?? statedTitle(input.text, paragraphs);
  if (title && entry.title && entry.title !== title.value) contradiction('title', title.value, entry.title);
  title ??= entry.title ? fromEditorial(entry.title, entry, editorialFile) : fallbackTitle(input.text, paragraphs);

  let published: Stated<string | null> | null = statedDate(input.text, paragraphs, dateline, input.file);
  if (published?.value && entry.published && entry.published !== published.value) {
    contradiction('published', published.value, entry.published);
  }
  published ??=
    entry.published !== undefined
      ? fromEditorial(entry.published, entry, editorialFile)
      : { value: null, provenance: { from: 'none', detail: 'no date in the text and none in the editorial file' } };
  if (published.value === null) {
    problems.push({
      file: input.file,
      severity: 'warning',
      message: `no publication date in the text or in ${editorialFile}: dates that count from it ("on Saturday", "last week", "Oct. 3") are left undated`,
    });
  }

  const outlet: Stated<string | null> =
    entry.outlet !== undefined
      ? fromEditorial(entry.outlet, entry, editorialFile)
      : { value: null, provenance: { from: 'none', detail: 'the text names no outlet and the editorial file gives none' } };

  return {
    metadata: {
      title: title.value,
      outlet: outlet.value,
      published: published.value,
      provenance: { title: title.provenance, outlet: outlet.provenance, published: published.provenance },
    },
    problems,
  };
}
