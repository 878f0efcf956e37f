import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../src/pipeline/index.ts';
import { EditorialSchema, type Article } from '../../src/schema/index.ts';
import { statementMarks } from '../../src/lib/marks.ts';
import { articleBody } from '../../src/render/reader.ts';
import { hastAttributes } from '../../src/render/attributes.ts';

const article = (text: string): Article => {
  const { analysis } = analyseArticle({ file: 'seeds/t.txt', text, digest: 'd' }, EditorialSchema.parse({}), 'seeds/editorial.yaml');
  return { id: 't', ...analysis, storyId: null };
};

describe('statementMarks', () => {
  test('a sentence with two statements gets both speakers, visibly, each linking to its statement', () => {
    const text = 'Mayor Ines Calder said the bridge would reopen and three engineers told reporters that repairs had barely begun.';
    const spans = [
      { start: 0, end: 46, quoted: false, href: '/claims/a/', speaker: { label: 'Ines Calder', type: 'person' as const, typeLabel: 'person', href: '/entities/ines-calder/' } },
      { start: 51, end: text.length, quoted: false, href: '/claims/b/', speaker: { label: 'three engineers', type: 'anonymous' as const, typeLabel: 'anonymous', href: '/sources/three-engineers/' } },
    ];
    const html = toHtml(articleBody(article(text), [], statementMarks(spans)));
    expect(html).toContain('<a class="speaker source-person" href="/claims/a/" data-pagefind-ignore=""><span class="speaker-name">Ines Calder</span><span class="speaker-type"> · person</span>');
    expect(html).toContain('<span class="speaker-name">three engineers</span><span class="speaker-type"> · anonymous</span>');
    // Each statement is highlighted in its own colour, inside the one sentence, its speaker right after its words.
    expect(html).toMatch(/<span class="sentence" id="p0-s0"><span class="claim source-person">Mayor Ines Calder said the bridge would reopen<\/span> <a class="speaker source-person"[^>]*>.*<\/a> and <span class="claim source-anonymous">three engineers/u);
  });
});

describe('articleBody', () => {
  test('keeps hostile text as text: no element comes from the input', () => {
    const text = 'He said <script>alert(1)</script> and <img src=x onerror=alert(2)> too.\n\n[click](javascript:alert(3)) &amp; **bold** stays.';
    const html = toHtml(articleBody(article(text)));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>');
    expect(html).toContain('[click](javascript:alert(3)) &#x26;amp; **bold** stays.');
  });

  test('wraps each sentence in an anchored span and keeps the text between them', () => {
    const body = articleBody(article('First sentence. Second one.\n\nNext paragraph.'));
    const html = toHtml(body);
    expect(html).toBe('<p id="p0"><span class="sentence" id="p0-s0">First sentence.</span> <span class="sentence" id="p0-s1">Second one.</span></p><p id="p1"><span class="sentence" id="p1-s0">Next paragraph.</span></p>');
  });

  test('groups a run of furniture in one labelled, collapsed block', () => {
    const text = 'Story one.\n\nStory two.\n\nOpinion\n\nPlan\n\nUpdated 23 Nov, 2024\n\nPlan\n\nTeaser line.';
    const html = toHtml(articleBody(article(text)));
    expect(html.match(/<details/g)).toHaveLength(1);
    expect(html).toContain('Unrelated headlines listed after the story (5 lines)');
  });

  test('renders crossheads as headings', () => {
    const html = toHtml(articleBody(article('Story one. More.\n\nDifficult options\n\nStory two.')));
    expect(html).toContain('<h2 class="crosshead" id="p1">');
  });
});

describe('hastAttributes', () => {
  test('maps property names to attribute names and lists to strings', () => {
    expect(hastAttributes({ className: ['a', 'b'], dataFurniture: 'x', hidden: true, id: 'p1', title: undefined })).toEqual({
      class: 'a b',
      'data-furniture': 'x',
      hidden: true,
      id: 'p1',
    });
  });
});
