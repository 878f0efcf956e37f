/**
 * Plain language on every page: no file path, no rule id, no internal word ("EXCLUDED", "Cue:") in any built
 * page's visible text. The rule ids come from the schema's enums, so a rule added to the pipeline is checked too.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ArticleDateSchema, ClaimRuleIdSchema, ClaimSchema, EntityRuleIdSchema, IdentityRuleIdSchema, SourceSchema, SpeakerRuleIdSchema, type Corpus } from '../../src/schema/index.ts';
import { listPages } from '../support/links.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What a reader can see or hear of a page: the body's text (folded sections included) and its titles, labels and alternative texts. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  const labels = [...body.matchAll(/\s(?:title|aria-label|alt|placeholder)="([^"]*)"/gu)].map((m) => m[1]);
  const text = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gu, ' ')
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<[^>]+>/gu, ' ');
  return [text, ...labels]
    .join(' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (match, code: string) =>
      code.startsWith('#x') ? String.fromCodePoint(parseInt(code.slice(2), 16)) : code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (entities[code] ?? match),
    )
    .replace(/\s+/gu, ' ');
}

let pages: Array<{ page: string; text: string }>;
let ruleIds: string[];

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build:test` first (`npm test` does)');
  pages = await Promise.all((await listPages(dist)).map(async (page) => ({ page, text: visibleText(await readFile(path.join(dist, page), 'utf8')) })));
  const records = JSON.parse(await readFile(path.join(dist, 'data/records.json'), 'utf8')) as Corpus;
  const furniture = records.articles.flatMap((a) => a.paragraphs.map((p) => p.rule));
  ruleIds = [
    ...new Set([
      ...ClaimRuleIdSchema.options,
      ...SpeakerRuleIdSchema.options,
      ...EntityRuleIdSchema.options,
      ...IdentityRuleIdSchema.options,
      ...SourceSchema.shape.rule.options,
      ...ArticleDateSchema.shape.rule.options,
      ...ClaimSchema.shape.statedOn.shape.rule.options,
      ...furniture,
    ]),
    // A one-word id ("undated", "text") is an ordinary word on a page; the hyphenated ones are the table's names.
  ].filter((id) => id.includes('-'));
}, 600_000);

describe('plain language', () => {
  test('the scan reads every page and knows the rule ids', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(ruleIds).toEqual(expect.arrayContaining(['speaker-before-cue', 'by-publication', 'date-governs-cue', 'named-entity']));
    // The scan finds what it looks for.
    expect(visibleText('<body><p>from seeds/001_x.txt by rule <b>speaker-before-cue</b></p></body>')).toMatch(/seeds\/001_x\.txt by rule speaker-before-cue/u);
  });

  test('no page shows a file path', () => {
    const found = pages.filter(({ text }) => /seeds\/|\.txt\b|\.ya?ml\b/u.test(text)).map(({ page, text }) => `${page}: ${text.match(/.{0,40}(?:seeds\/|\.txt\b|\.ya?ml\b).{0,40}/u)?.[0]}`);
    expect(found).toEqual([]);
  });

  test('no page shows a rule id', () => {
    const found: string[] = [];
    for (const { page, text } of pages) {
      for (const id of ruleIds) if (new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'u').test(text)) found.push(`${page}: ${id}`);
    }
    expect(found).toEqual([]);
  });

  test('no page shows an internal word: EXCLUDED, a cue lemma, a record kind in capitals', () => {
    const found = pages.filter(({ text }) => /\bEXCLUDED\b|\bCue:|\bCLAIM\b|Claim by|\bcue\b/u.test(text)).map(({ page }) => page);
    expect(found).toEqual([]);
  });
});
