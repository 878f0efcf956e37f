/**
 * The article reader's body as a hast tree: paragraphs, crossheads and sentences as elements, page furniture
 * grouped in labelled, collapsed `<details>`. Article text only ever becomes hast text nodes, so it is escaped
 * however it is rendered.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Article, FurnitureKind, Paragraph } from '../schema/index.ts';

/** A mark on whole sentences: a class for every sentence in the range, and an element after the last one. */
export interface SentenceMark {
  start: number;
  end: number;
  className: string;
  marker: Element;
}

/** An inline annotation of the body: a span of the text wrapped in an element (a link to an entity, a claim…). */
export interface InlineMark {
  start: number;
  end: number;
  /** Wraps the marked content in an element. */
  wrap: (children: ElementContent[]) => Element;
}

/** How each kind of furniture is labelled for the reader. */
export const furnitureLabels: Record<FurnitureKind, string> = {
  headline: 'Headline as printed',
  'dateline-caption': 'Dateline and photo caption',
  'related-headline': 'Link to another story',
  'teaser-list': 'Unrelated headlines listed after the story',
  'site-label': 'Site label',
  'front-matter': 'Page details',
  dateline: 'Dateline',
  correction: 'Correction note',
  'credit-line': 'Reporting credits',
  byline: 'Byline',
  copyright: 'Copyright notice',
  'photo-credit': 'Photo caption and credit',
  'sign-off': 'End of the copy',
  'stage-direction': 'Room, time and stage notes',
  'date-stamp': 'Date line',
};

/** The anchor id of a paragraph, for links to it. */
export function paragraphAnchor(paragraph: Pick<Paragraph, 'index'>): string {
  return `p${paragraph.index}`;
}

/** The anchor id of a sentence, for links to it. */
export function sentenceAnchor(paragraph: Pick<Paragraph, 'index'>, sentenceIndex: number): string {
  return `p${paragraph.index}-s${sentenceIndex}`;
}

/**
 * Text between two offsets with the marks inside it applied. Marks are taken in order; one that overlaps an
 * earlier mark or crosses the range's edge is left out, so the tree stays well nested.
 */
export function markedText(text: string, start: number, end: number, marks: readonly InlineMark[]): ElementContent[] {
  const content: ElementContent[] = [];
  let cursor = start;
  for (const mark of marks) {
    if (mark.start < cursor || mark.end > end || mark.start >= mark.end) continue;
    if (mark.start > cursor) content.push({ type: 'text', value: text.slice(cursor, mark.start) });
    content.push(mark.wrap([{ type: 'text', value: text.slice(mark.start, mark.end) }]));
    cursor = mark.end;
  }
  if (cursor < end) content.push({ type: 'text', value: text.slice(cursor, end) });
  return content;
}

/** The paragraph's content: its sentences as spans with their marks, the white space between them kept. */
function sentenceSpans(text: string, paragraph: Paragraph, marks: readonly InlineMark[], sentenceMarks: readonly SentenceMark[]): ElementContent[] {
  if (paragraph.sentences.length === 0) return [{ type: 'text', value: text.slice(paragraph.start, paragraph.end) }];
  const content: ElementContent[] = [];
  let cursor = paragraph.start;
  paragraph.sentences.forEach((sentence, i) => {
    if (sentence.start > cursor) content.push({ type: 'text', value: text.slice(cursor, sentence.start) });
    const inside = marks.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const covering = sentenceMarks.filter((m) => m.start < sentence.end && sentence.start < m.end);
    const classes = ['sentence', ...new Set(covering.flatMap((m) => m.className.split(' ')))];
    content.push(h('span', { className: classes, id: sentenceAnchor(paragraph, i) }, markedText(text, sentence.start, sentence.end, inside)));
    for (const mark of covering.filter((m) => m.end <= sentence.end && m.end > sentence.start)) content.push({ type: 'text', value: ' ' }, mark.marker);
    cursor = sentence.end;
  });
  if (cursor < paragraph.end) content.push({ type: 'text', value: text.slice(cursor, paragraph.end) });
  return content;
}

function storyElement(article: Article, paragraph: Paragraph, marks: readonly InlineMark[], sentenceMarks: readonly SentenceMark[]): Element {
  const tag = paragraph.kind === 'heading' ? 'h2.crosshead' : 'p';
  const inside = marks.filter((m) => m.start >= paragraph.start && m.end <= paragraph.end);
  const covering = sentenceMarks.filter((m) => m.start < paragraph.end && paragraph.start < m.end);
  return h(tag, { id: paragraphAnchor(paragraph) }, sentenceSpans(article.text, paragraph, inside, covering));
}

function furnitureGroup(article: Article, group: Paragraph[]): Element {
  const kind = group[0]!.furnitureKind!;
  const lines = group.length === 1 ? '' : ` (${group.length} lines)`;
  return h('details.furniture', { dataFurniture: kind }, [
    h('summary', [h('span.furniture-tag', 'Excluded'), ` ${furnitureLabels[kind]}${lines}`]),
    ...group.map((p) => h('p', { id: paragraphAnchor(p) }, article.text.slice(p.start, p.end))),
  ]);
}

/**
 * Builds the reader body of an article: takes the article record and the inline marks to apply (sorted by
 * offset), returns a hast root of its paragraphs.
 */
export function articleBody(article: Article, marks: readonly InlineMark[] = [], sentenceMarks: readonly SentenceMark[] = []): Root {
  const children: Element[] = [];
  let group: Paragraph[] = [];
  const flush = () => {
    if (group.length > 0) children.push(furnitureGroup(article, group));
    group = [];
  };
  for (const paragraph of article.paragraphs) {
    if (paragraph.furniture) {
      if (group.length > 0 && group[0]!.furnitureKind !== paragraph.furnitureKind) flush();
      group.push(paragraph);
    } else {
      flush();
      children.push(storyElement(article, paragraph, marks, sentenceMarks));
    }
  }
  flush();
  return { type: 'root', children };
}
