import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isDateStamp, isSiteLabel } from '../../src/pipeline/rules/furniture.ts';
import { countWords, endsLikeProse, segmentArticle, splitSentences } from '../../src/pipeline/document/index.ts';
import { detectWrapWidth, groupParagraphs, splitLines } from '../../src/pipeline/document/lines.ts';
import { findTeaserTail } from '../../src/pipeline/document/paragraphs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sentencesOf = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
const paragraphsOf = (text: string) => {
  const lines = splitLines(text);
  return groupParagraphs(text, lines).map((p) => text.slice(p.start, p.end));
};

describe('splitSentences', () => {
  test.each([
    ['initialisms do not end a sentence', 'According to two U.S. officials, the U.S. relied on footage. Officials told CNN.', 2],
    ['a middle initial does not end a sentence', 'US Secretary of Defence Lloyd J. Austin telephoned Hulusi Akar. They agreed.', 2],
    ['a title abbreviation does not end a sentence', 'Dr. Renata Quilodrán said so. She left.', 2],
    ['times with a.m. stay inside the sentence', 'The call came at 3 a.m. on Saturday, the port said. Rescuers joined.', 2],
    ['a quote that closes after the full stop ends with it', '“Initial indications are that we killed the target. We know of no civilian casualties.” He left.', 3],
    ['an ellipsis inside a quote does not split it', '“There have been occasions ... they have been let through.” Next.', 2],
    ['stray full stops make no sentence of their own', 'It was for years. . But officials say it is harder.', 2],
    ['an unclosed quotation mark does not break the splitter', '“It is a commission to think so. Next sentence here.', 2],
  ])('%s', (_reason, text, expected) => {
    expect(sentencesOf(text), text).toHaveLength(expected);
  });

  test('keeps offsets into the whole text', () => {
    const text = 'Lead. First one. Second one.';
    const span = { start: 6, end: text.length };
    expect(splitSentences(text, span).map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});

describe('groupParagraphs', () => {
  test('a blank line always ends a paragraph', () => {
    expect(paragraphsOf('One para.\n\nTwo para.\n')).toEqual(['One para.', 'Two para.']);
  });

  test('in a file with long lines, every line is a paragraph', () => {
    const long = 'x'.repeat(150);
    expect(paragraphsOf(`${long}.\n${long}.\nShort line.`)).toHaveLength(3);
  });

  test('joins a paragraph hard-wrapped at 72 characters and keeps the text between lines', () => {
    const text = readFileSync(path.join(root, 'tests/fixtures/unseen/wire-hard-wrapped.txt'), 'utf8');
    const paragraphs = paragraphsOf(text);
    expect(paragraphs[0]).toMatch(/^VALPARAÍSO[\s\S]*four-day search\.$/);
    expect(paragraphs[0]).toContain('\n');
    expect(paragraphs).toHaveLength(9);
  });

  test('in a hard-wrapped file, a short line ends its paragraph even without a blank line', () => {
    const text = [
      'The council voted on Tuesday to close the old harbour bridge to lorries',
      'from next month, after engineers found cracks in two of its supports',
      'last week.',
      'The ferry will run every hour.',
      'Residents said the closure would add forty minutes to the school run and',
      'asked the council to pay for a shuttle bus while the bridge is repaired.',
    ].join('\n');
    expect(paragraphsOf(text)).toHaveLength(3);
  });

  test('handles Windows and old Mac line endings', () => {
    expect(paragraphsOf('One.\r\n\r\nTwo.\rThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('detectWrapWidth', () => {
  test.each([
    ['a file with paragraphs on single long lines', `${'word '.repeat(40)}\n${'word '.repeat(30)}\n`, null],
    ['a file of one line', 'Just one line.', null],
  ])('%s is not hard-wrapped', (_reason, text, expected) => {
    expect(detectWrapWidth(splitLines(text))).toBe(expected);
  });

  test('finds the width of a file wrapped at 72 columns', () => {
    const text = readFileSync(path.join(root, 'tests/fixtures/unseen/wire-hard-wrapped.txt'), 'utf8');
    const width = detectWrapWidth(splitLines(text));
    expect(width).toBeGreaterThanOrEqual(68);
    expect(width).toBeLessThanOrEqual(72);
  });
});

describe('endsLikeProse', () => {
  test.each([
    ['Officials said so.', true],
    ['vowed to punish the perpetrators,', true],
    ['Biden promised that ISIS-K would “pay.”', true],
    ['Is it over?', true],
    ['Taliban-US cooperation', false],
    ['“A commission from the fool”', false],
    ['Air Force commander details last hours before last US planes leave Afghanistan', false],
  ])('%j → %s', (text, expected) => {
    expect(endsLikeProse(text)).toBe(expected);
  });
});

describe('isDateStamp', () => {
  test.each([
    ['Updated 23 Nov, 2024', true],
    ['22 Nov, 2024', true],
    ['Published: March 3, 2021', true],
    ['2021-10-24', true],
    ['Sept. 1, 2021 10:45 a.m.', true],
    ['On 23 Nov, 2024 the council met.', false],
    ['November', false],
  ])('%j → %s', (text, expected) => {
    expect(isDateStamp(text)).toBe(expected);
  });
});

describe('isSiteLabel', () => {
  test.each([
    ['.Source', true],
    ['Opinion', true],
    ['READ MORE:', true],
    ['Source: the Pentagon', false],
    ['Difficult options', false],
  ])('%j → %s', (text, expected) => {
    expect(isSiteLabel(text)).toBe(expected);
  });
});

describe('findTeaserTail', () => {
  const shape = (text: string, prose: boolean, dateStamp = false) => ({ index: 0, text, words: countWords(text), endsLikeProse: prose, dateStamp });
  test('finds the listing after the last two prose paragraphs', () => {
    const shapes = [shape('A.', true), shape('B.', true), shape('Opinion', false), shape('Plan', false), shape('23 Nov, 2024', false, true), shape('Teaser text.', true), shape('Plan', false)];
    expect(findTeaserTail(shapes)).toBe(2);
  });
  test('a closing crosshead and paragraph are not a listing', () => {
    expect(findTeaserTail([shape('A.', true), shape('B.', true), shape('Aftermath', false), shape('C.', true)])).toBeNull();
  });
  test('headings without a date or a repeat are not a listing', () => {
    expect(findTeaserTail([shape('A.', true), shape('B.', true), shape('One', false), shape('Two', false), shape('Three', false)])).toBeNull();
  });
});

describe('countWords', () => {
  test.each([
    ['U.S. officials said', 3],
    ['ISIS-K and al-Qaeda', 3],
    ['don’t stop', 2],
    ['', 0],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

interface GoldRun {
  kind: string;
  first: string;
  last?: string;
  paragraphs: number;
}
interface GoldArticle {
  body: number;
  headings: string[];
  furniture: GoldRun[];
  truncated: boolean;
}

const gold = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/gold/segmentation.json'), 'utf8')) as Record<string, GoldArticle | string>;

describe('segmentArticle on the annotated articles', () => {
  const cases = Object.entries(gold).filter((entry): entry is [string, GoldArticle] => typeof entry[1] !== 'string');
  test.each(cases)('%s matches its annotation', (file, expected) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const paragraphs = segmentArticle(text);
    const textOf = (p: { start: number; end: number }) => text.slice(p.start, p.end);

    expect(paragraphs.filter((p) => p.kind === 'body')).toHaveLength(expected.body);
    expect(paragraphs.filter((p) => p.kind === 'heading').map(textOf)).toEqual(expected.headings);

    // Furniture as runs of one kind, compared with the annotated runs.
    const runs: GoldRun[] = [];
    for (const p of paragraphs.filter((q) => q.furniture)) {
      const previous = runs.at(-1);
      const adjacent = previous && paragraphs[p.index - 1]?.furnitureKind === p.furnitureKind && p.furnitureKind !== 'related-headline' && p.furnitureKind !== 'site-label';
      if (adjacent) {
        previous.paragraphs++;
        previous.last = textOf(p);
      } else runs.push({ kind: p.furnitureKind!, first: textOf(p), last: textOf(p), paragraphs: 1 });
    }
    expect(runs.map((r) => r.kind)).toEqual(expected.furniture.map((r) => r.kind));
    runs.forEach((run, i) => {
      const want = expected.furniture[i]!;
      expect(run.first.startsWith(want.first), `${run.first} starts with ${want.first}`).toBe(true);
      if (want.last) expect(run.last!.startsWith(want.last), `${run.last} starts with ${want.last}`).toBe(true);
      expect(run.paragraphs).toBe(want.paragraphs);
    });

    // Every sentence lies inside its paragraph and sentences do not overlap.
    for (const p of paragraphs) {
      let cursor = p.start;
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(cursor);
        expect(s.end).toBeLessThanOrEqual(p.end);
        cursor = s.end;
      }
    }
  });
});
