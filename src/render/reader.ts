/**
 * The article reader's body as a hast tree: paragraphs, crossheads and sentences as elements, page furniture
 * grouped in labelled, collapsed `<details>`. Article text only ever becomes hast text nodes, so it is escaped
 * however it is rendered.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Article, FurnitureKind, Paragraph } from '../schema/index.ts';

/** How each kind of furniture is labelled for the reader. */
export const furnitureLabels: Record<FurnitureKind, string> = {
  headline: 'Headline as printed',
  'dateline-caption': 'Dateline and photo caption',
  'related-headline': 'Link to another story',
  'teaser-list': 'Unrelated headlines listed after the story',
  'site-label': 'Site label',
};

/** The anchor id of a paragraph, for links to it. */
export function paragraphAnchor(paragraph: Pick<Paragraph, 'index'>): string {
  return `p${paragraph.index}`;
}

/** The anchor id of a sentence, for links to it. */
export function sentenceAnchor(paragraph: Pick<Paragraph, 'index'>, sentenceIndex: number): string {
  return `p${paragraph.index}-s${sentenceIndex}`;
}

/** The paragraph's content: its sentences as spans, with the white space between them kept. */
function sentenceSpans(text: string, paragraph: Paragraph): ElementContent[] {
  if (paragraph.sentences.length === 0) return [{ type: 'text', value: text.slice(paragraph.start, paragraph.end) }];
  const content: ElementContent[] = [];
  let cursor = paragraph.start;
  paragraph.sentences.forEach((sentence, i) => {
    if (sentence.start > cursor) content.push({ type: 'text', value: text.slice(cursor, sentence.start) });
    content.push(h('span.sentence', { id: sentenceAnchor(paragraph, i) }, text.slice(sentence.start, sentence.end)));
    cursor = sentence.end;
  });
  if (cursor < paragraph.end) content.push({ type: 'text', value: text.slice(cursor, paragraph.end) });
  return content;
}

function storyElement(article: Article, paragraph: Paragraph): Element {
  const tag = paragraph.kind === 'heading' ? 'h2.crosshead' : 'p';
  return h(tag, { id: paragraphAnchor(paragraph) }, sentenceSpans(article.text, paragraph));
}

function furnitureGroup(article: Article, group: Paragraph[]): Element {
  const kind = group[0]!.furnitureKind!;
  const lines = group.length === 1 ? '' : ` (${group.length} lines)`;
  return h('details.furniture', { dataFurniture: kind }, [
    h('summary', [h('span.furniture-tag', 'Excluded'), ` ${furnitureLabels[kind]}${lines}`]),
    ...group.map((p) => h('p', { id: paragraphAnchor(p) }, article.text.slice(p.start, p.end))),
  ]);
}

/** Builds the reader body of an article: takes the article record, returns a hast root of its paragraphs. */
export function articleBody(article: Article): Root {
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
      children.push(storyElement(article, paragraph));
    }
  }
  flush();
  return { type: 'root', children };
}
