import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../src/pipeline/index.ts';
import { EditorialSchema, type Article } from '../../src/schema/index.ts';
import { claimSentenceMarks } from '../../src/lib/claims-view.ts';
import { articleBody } from '../../src/render/reader.ts';
import { hastAttributes } from '../../src/render/attributes.ts';

const article = (text: string): Article => {
  const { analysis } = analyseArticle({ file: 'seeds/t.txt', text, digest: 'd' }, EditorialSchema.parse({}), 'seeds/editorial.yaml');
  return { id: 't', ...analysis, storyId: null };
};

describe('claimSentenceMarks', () => {
  test('a sentence with two claims gets two links that name their sources', () => {
    const text = 'Mayor Ines Calder said the bridge would reopen and three engineers told reporters that repairs had barely begun.';
    const base = { articleId: 't', speakerEntityId: null, quote: null, mode: 'indirect' as const, hedges: [], figures: [], eventIds: [], clusterId: null, stance: 'asserted' as const, viaSourceId: null, rule: 'speaker-before-cue' as const, speakerRule: 'person-head' as const, sourceRule: 'named-entity' as const, statedOn: { date: { start: null, end: null, precision: 'unknown' as const }, reasoning: '', rule: 'undated' }, carriedIn: ['t'], aliasIds: [] };
    const claims = [
      { ...base, id: 'a', sourceId: 'calder', text: '', cue: 'say', start: 0, end: 50 },
      { ...base, id: 'b', sourceId: 'engineers', text: '', cue: 'tell', start: 55, end: text.length },
    ];
    const sources = new Map([
      ['calder', { id: 'calder', label: 'Ines Calder' }],
      ['engineers', { id: 'engineers', label: 'three engineers' }],
    ]) as unknown as Parameters<typeof claimSentenceMarks>[2];
    const html = toHtml(articleBody(article(text), [], claimSentenceMarks(claims, (id) => `/claims/${id}/`, sources)));
    expect(html).toContain('<a class="claim-link" href="/claims/a/" title="Open this claim"><span class="visually-hidden">Claim by Ines Calder: reported</span>↗</a>');
    expect(html).toContain('<span class="visually-hidden">Claim by three engineers: reported</span>');
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
