/**
 * The article reader's body as a hast tree: paragraphs, crossheads and sentences as elements, page furniture
 * (captions, bylines, lists of other headlines) grouped in labelled, collapsed `<details>`. Article text only ever becomes hast text nodes, so it is escaped
 * however it is rendered.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Article, FurnitureKind, Paragraph } from '../schema/index.ts';

/** A mark on a stretch of the text (a statement): a class on the words it covers, and an element after its last word. */
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

/**
 * A sentence's content: its words cut where statements begin and end, each stretch a statement covers wrapped in a
 * span with the statements' classes, inline marks applied inside each stretch, and each statement's marker after
 * the stretch where it ends. `next` is where the next sentence starts (or the paragraph ends): a statement that
 * ends in the white space before it ends with this sentence.
 */
function sentenceContent(text: string, sentence: { start: number; end: number }, next: number, marks: readonly InlineMark[], covering: readonly SentenceMark[]): ElementContent[] {
  const cuts = new Set([sentence.start, sentence.end]);
  for (const mark of covering) for (const at of [mark.start, mark.end]) if (at > sentence.start && at < sentence.end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const endsHere = (mark: SentenceMark) => mark.end > sentence.start && mark.end <= Math.max(sentence.end, next);
  const content: ElementContent[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const over = covering.filter((m) => m.start < to && from < m.end);
    const inner = markedText(text, from, to, marks.filter((m) => m.start >= from && m.end <= to));
    if (over.length === 0) content.push(...inner);
    else content.push(h('span', { className: [...new Set(over.flatMap((m) => m.className.split(' ')))] }, inner));
    for (const mark of over.filter((m) => endsHere(m) && Math.min(m.end, sentence.end) === to)) content.push({ type: 'text', value: ' ' }, mark.marker);
  }
  return content;
}

/** The paragraph's content: its sentences as spans with their marks, the white space between them kept. */
function sentenceSpans(text: string, paragraph: Paragraph, marks: readonly InlineMark[], sentenceMarks: readonly SentenceMark[]): ElementContent[] {
  if (paragraph.sentences.length === 0) return [{ type: 'text', value: text.slice(paragraph.start, paragraph.end) }];
  const content: ElementContent[] = [];
  let cursor = paragraph.start;
  paragraph.sentences.forEach((sentence, i) => {
    if (sentence.start > cursor) content.push({ type: 'text', value: text.slice(cursor, sentence.start) });
    const next = paragraph.sentences[i + 1]?.start ?? paragraph.end;
    const inside = marks.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const covering = sentenceMarks.filter((m) => m.start < sentence.end && sentence.start < m.end);
    content.push(h('span.sentence', { id: sentenceAnchor(paragraph, i) }, sentenceContent(text, sentence, next, inside, covering)));
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
  // Furniture is not the story: the search index leaves it out.
  return h('details.furniture', { dataFurniture: kind, dataPagefindIgnore: 'all' }, [
    h('summary', [h('span.furniture-tag', 'Not part of the story'), ` ${furnitureLabels[kind]}${lines}`]),
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
