/**
 * The shapes real copy arrives in, one table row per rule, with inputs taken from real published texts (the
 * local measurement set and the real corpus): wraps at any width, datelines, credit lines, stamps and transcripts.
 */
import { describe, expect, test } from 'vitest';
import { buildDocument, segmentArticle } from '../../src/pipeline/document/index.ts';
import { readDateline } from '../../src/pipeline/document/prefixes.ts';

const paragraphsOf = (text: string) => segmentArticle(text).map((p) => ({ text: text.slice(p.start, p.end), rule: p.rule }));
const ruleOf = (paragraph: string, before = 'The council met on Tuesday and voted to close the bridge.') =>
  paragraphsOf(`${before}\n\n${paragraph}\n\nThe vote was close, officials said.`).find((p) => p.text === paragraph)?.rule;

describe('hard wraps at any width', () => {
  test('a 1987 wire wrapped at 64 columns with indented paragraphs: each indent opens a paragraph, the lines between are one', () => {
    const text = [
      'GM <GM> BUYBACK SEEN CALMING SHAREHOLDERS',
      '    NEW YORK, March 3 - Wall Street analysts said a share',
      'repurchase program announced by General Motors Corp is in part',
      'an attempt to placate shareholders angry over the recent',
      'repurchase of shares from Texan H. Ross Perot last year.',
      '    Healy said General Motors chairman Roger Smith had been',
      'hinting at a buyback program in meetings with institutional',
      'investors.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => p.rule)).toEqual(['headline-first-line', 'dateline', 'body', 'body']);
    expect(paragraphs[2]!.text).toMatch(/^Wall Street analysts[\s\S]*Perot last year\.$/u);
  });

  test('a ragged wrap (a line shortened when a link was removed) still joins: a line that stops mid-sentence continues', () => {
    const text = [
      'Drug overdose deaths have reached a historic high, devastating families',
      'and communities. More than 104,000 Americans died due to a drug overdose',
      'in the 12-month period ending in September',
      '2021. We grieve these losses, and commit to continuing our work to save lives.',
    ].join('\n');
    expect(paragraphsOf(text)).toHaveLength(1);
  });

  test('a name broken across a line ends up whole in one paragraph and one entity', () => {
    const text = [
      '    WASHINGTON, Feb 26 - President Reagan\'s review board, chaired by',
      'former Sen. John Tower, said the president did not fully understand',
      'the Iran arms deals and was poorly served by his staff, and the board',
      'urged changes to the way the National Security Council is run. Sen. John',
      'Tower said the report was unanimous and it was released on Thursday.',
    ].join('\n');
    const document = buildDocument(text);
    const last = document.sentences.at(-1)!;
    expect(text.slice(last.start, last.end)).toMatch(/^Sen\. John\nTower said/u);
    expect(document.paragraphs.map((p) => p.rule)).toEqual(['dateline', 'body']);
  });

  test('a YAML header with a long URL line does not hide the wrap of the body', () => {
    const header = ['---', "date: '2022-03-01'", `source_url: https://example.gov/${'x'.repeat(120)}`, 'title: "FACT SHEET"', '---', ''];
    const body = [
      'Drug overdose deaths have reached a historic high, devastating families',
      'and communities. More than 104,000 Americans died due to a drug overdose',
      'in the period ending in September 2021, and we grieve these losses today.',
    ];
    const paragraphs = paragraphsOf([...header, ...body].join('\n'));
    expect(paragraphs.map((p) => p.rule)).toEqual(['front-matter', 'body']);
  });
});

describe('prefixes split off the first paragraph', () => {
  test.each([
    ['SURABAYA, Indonesia/JAKARTA (Reuters) - Indonesian rescuers searching for an AirAsia plane pulled bodies from the sea.', 'SURABAYA, Indonesia/JAKARTA (Reuters) -', { place: 'Surabaya', region: 'Indonesia', agency: 'Reuters', month: null, day: null }],
    ['SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday.', 'SAN FRANCISCO (AP) —', { place: 'San Francisco', region: null, agency: 'AP', month: null, day: null }],
    ['WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records.', 'WASHINGTON –', { place: 'Washington', region: null, agency: null, month: null, day: null }],
    ['NEW YORK, March 3 - Wall Street analysts said a share repurchase program was an attempt to placate shareholders.', 'NEW YORK, March 3 -', { place: 'New York', region: null, agency: null, month: 3, day: 3 }],
    ['(CNN) -- The Pennsylvania official was just talking about one area.', '(CNN) --', { place: null, region: null, agency: 'CNN', month: null, day: null }],
  ])('dateline of %j', (text, dateline, parts) => {
    const paragraphs = segmentArticle(text);
    expect(text.slice(paragraphs[0]!.start, paragraphs[0]!.end)).toBe(dateline);
    expect(paragraphs[0]!.rule).toBe('dateline');
    expect(readDateline(text, paragraphs[0]!)).toMatchObject(parts);
    expect(paragraphs[1]!.kind).toBe('body');
  });

  test('a correction note before the dateline is furniture of its own', () => {
    const text = '(Corrects paragraph 7 to show Trump issued a warning on travel to Cuba) HAVANA (Reuters) - Cuba told senior U.S. officials that the decision was hampering relations.';
    expect(paragraphsOf(text).map((p) => p.rule)).toEqual(['correction-note', 'dateline', 'body']);
  });

  test('a sentence that starts with a capitalised word and a dash is no dateline', () => {
    expect(paragraphsOf('Officials - and there were many - said the talks had failed.').map((p) => p.rule)).toEqual(['body']);
  });
});

describe('furniture of real copy', () => {
  test.each([
    ['credit-line', '(Reporting by Fergus Jensen in JAKARTA; Writing by Dean Yates; Editing by Nick Macfie)'],
    ['credit-line', 'Additional reporting by Jane Wardell in Sydney'],
    ['credit-line', 'Contributing: Kristine Phillips'],
    ['byline', 'By Cal Mankowski, Reuters'],
    ['byline', 'By JILL LAWLESS and DANICA KIRKA, Associated Press'],
    ['copyright', '© Thomson Reuters 2014. All rights reserved.'],
    ['copyright', 'Copyright 2019 The Associated Press. All rights reserved. This material may not be published.'],
    ['photo-credit', 'Image: United States Navy.'],
    ['photo-credit', '1 of 18. A Republic of Singapore Air Force personnel surveys the waters during a search operation.'],
    ['sign-off', 'Reuter'],
    ['sign-off', '___'],
    ['sign-off', 'END 1:05 P.M. EDT'],
    ['sign-off', 'Follow Tia Ghose on Twitter and Google+. Follow Live Science @livescience, Facebook & Google+. Originally published on Live Science.'],
    ['sign-off', 'Matt Friedman may be reached at mfriedman@example.com. Follow him on Twitter @MattFriedmanSL.'],
    ['photo-credit', 'File photo of magician David Gish displaying magic props for a young child. Image: Paul Budd.'],
    ['date-stamp', 'Friday, July 21, 2017'],
    ['date-stamp', '(Published Monday, Nov. 18, 2019)'],
    ['date-stamp', 'POSTED: May 22, 2010'],
    ['related-link', 'Related article »'],
    ['related-link', 'READ MORE: The storm is moving east'],
    ['stage-line', '12:41 P.M. EDT'],
    ['stage-line', '(Laughter.)'],
  ])('%s: %j', (rule, paragraph) => {
    expect(ruleOf(paragraph), paragraph).toBe(rule);
  });

  test.each([
    ['a sentence that begins with "By"', 'By Friday afternoon, the administration appeared to be targeting militants in the east.'],
    ['a sentence about reporting', 'Reporting by the newspaper showed the guards had slept for two hours, prosecutors said.'],
    ['a sentence that mentions a photo', 'Photos of the crash site showed debris scattered across the field, witnesses said.'],
    ['a sentence that follows a story on Twitter', 'Supporters follow the campaign on Twitter, where the senator posts daily, aides said.'],
  ])('%s stays story text', (_case, paragraph) => {
    expect(ruleOf(paragraph)).toBe('body');
  });
});

describe('transcripts', () => {
  const briefing = [
    'James S. Brady Press Briefing Room',
    '',
    '12:41 P.M. EDT',
    '',
    'MS. PSAKI:  Hi, everyone.  Good afternoon.  I have one item for you at the top.',
    '',
    'The President will travel to Texas on Thursday.',
    '',
    'Q    Okay.  Can you say more about the trip?',
    '',
    'MS. PSAKI:  Sure.  He will meet the governor.',
    '',
    'END 12:59 P.M. EDT',
  ].join('\n');

  test('labelled turns are found; a paragraph without a label continues the turn before it', () => {
    const paragraphs = segmentArticle(briefing);
    const turns = paragraphs.map((p) => (p.turn ? `${p.turn.index}:${p.turn.label}${p.turn.question ? '?' : ''}` : p.rule));
    expect(turns).toEqual(['stage-line', 'stage-line', '0:MS. PSAKI', '0:MS. PSAKI', '1:Q?', '2:MS. PSAKI', 'sign-off']);
  });

  test('a label is not part of the sentences of its turn', () => {
    const paragraphs = segmentArticle(briefing);
    const first = paragraphs.find((p) => p.turn?.label === 'MS. PSAKI')!;
    expect(briefing.slice(first.sentences[0]!.start, first.sentences[0]!.end)).toBe('Hi, everyone.');
  });

  test('an interview\'s name labels count only when they recur', () => {
    const interview = 'Wikinews: What first attracted you to ants?\n\nNick Bos: We kept animals during our studies.\n\nWikinews: What methods were used?\n\nNick Bos: I build most of the setups myself.';
    expect(segmentArticle(interview).map((p) => p.turn?.label ?? null)).toEqual(['Wikinews', 'Nick Bos', 'Wikinews', 'Nick Bos']);
    expect(segmentArticle('Note: the figures are provisional.\n\nThe ministry said so on Monday.').every((p) => p.turn === null)).toBe(true);
  });
});
