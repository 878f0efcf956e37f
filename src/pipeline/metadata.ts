/**
 * Metadata: an article's title, outlet and publication date. What the text states comes first; the editorial
 * file supplies what it lacks; every value records where it came from.
 */
import type { EditorialArticle, Paragraph, Provenance } from '../schema/index.ts';
import type { Problem } from './problems.ts';
import { machineDatePattern } from './rules/furniture.ts';
import { splitSentences } from './document/sentences.ts';

/** The resolved metadata of one article. */
export interface ArticleMetadata {
  title: string;
  outlet: string | null;
  published: string | null;
  provenance: { title: Provenance; outlet: Provenance; published: Provenance };
}

/** A title made from the first body sentence is cut to this many words. */
const maxFallbackTitleWords = 14;

interface Stated<T> {
  value: T;
  provenance: Provenance;
}

/** The headline the text prints above the story: the first sentence of a headline paragraph. */
function statedTitle(text: string, paragraphs: readonly Paragraph[]): Stated<string> | null {
  const headline = paragraphs.find((p) => p.furnitureKind === 'headline');
  if (!headline) return null;
  const first = splitSentences(text, headline)[0] ?? headline;
  const value = text.slice(first.start, first.end).trim();
  return { value, provenance: { from: 'text', detail: 'the headline line above the story (its first sentence)' } };
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

/** The publication date printed in a dateline ("date 2021-10-24"). */
function statedDate(text: string, paragraphs: readonly Paragraph[]): Stated<string> | null {
  for (const paragraph of paragraphs.filter((p) => p.furniture)) {
    const match = machineDatePattern.exec(text.slice(paragraph.start, paragraph.end));
    if (match) return { value: match[1]!, provenance: { from: 'text', detail: `dateline "${match[0].trim()}"` } };
  }
  return null;
}

function fromEditorial<T>(value: T, editorial: EditorialArticle, editorialFile: string): Stated<T> {
  const why = editorial.note ? `: ${editorial.note}` : '';
  return { value, provenance: { from: 'editorial', detail: `stated in ${editorialFile}${why}` } };
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
): { metadata: ArticleMetadata; problems: Problem[] } {
  const problems: Problem[] = [];
  const entry = editorial ?? {};
  const contradiction = (field: string, stated: string, edited: string) =>
    problems.push({
      file: input.file,
      severity: 'warning',
      message: `${editorialFile} gives ${field} "${edited}" but the text states "${stated}"; the text wins`,
    });

  let title = statedTitle(input.text, paragraphs);
  if (title && entry.title && entry.title !== title.value) contradiction('title', title.value, entry.title);
  title ??= entry.title ? fromEditorial(entry.title, entry, editorialFile) : fallbackTitle(input.text, paragraphs);

  let published: Stated<string | null> | null = statedDate(input.text, paragraphs);
  if (published?.value && entry.published && entry.published !== published.value) {
    contradiction('published', published.value, entry.published);
  }
  published ??=
    entry.published !== undefined
      ? fromEditorial(entry.published, entry, editorialFile)
      : { value: null, provenance: { from: 'none', detail: 'no date in the text and none in the editorial file' } };

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
