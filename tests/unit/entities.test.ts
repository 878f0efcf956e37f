import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/pipeline/document/index.ts';
import { tagSentence } from '../../src/pipeline/document/tagger.ts';
import { recogniseEntities, recogniseSentence, type Candidate } from '../../src/pipeline/entities/index.ts';
import { resolveEntities } from '../../src/pipeline/identity/index.ts';

/** The candidates of one sentence, tagged as a whole. */
const candidatesOf = (sentence: string) => recogniseSentence(sentence, tagSentence(sentence, { start: 0, end: sentence.length }));

const found = (sentence: string) =>
  candidatesOf(sentence)
    .filter((c) => c.type !== null)
    .map((c) => `${c.type}: ${c.text}`);

describe('recogniseSentence: titles and roles are not part of names', () => {
  test.each([
    ['Pentagon spokesperson John Kirby told Military Times so.', 'person: John Kirby'],
    ['US Navy Captain Bill Urban, a military spokesman, said it.', 'person: Bill Urban'],
    ['Pakistan’s spy chief, Lieutenant General Faiz Hameed, was there.', 'person: Faiz Hameed'],
    ["Austin spoke with Qatar's Deputy Prime Minister and Minister of State for Defence Affairs Dr Khalid bin Mohammed Al-Attiyah about it.", 'person: Khalid bin Mohammed Al-Attiyah'],
    ['Biden and First Lady Jill Biden attended a memorial.', 'person: Jill Biden'],
    ['United States Chairman of the Joint Chiefs General Mark Milley said there is a risk.', 'person: Mark Milley'],
    ['Fisheries Minister Tomás Igualt-Barros said the review would end soon.', 'person: Tomás Igualt-Barros'],
  ])('%s → %s', (sentence, expected) => {
    expect(found(sentence), sentence).toContain(expected);
  });
});

describe('recogniseSentence: names a generic tagger misses', () => {
  test.each([
    ['Hibatullah Akhundzada, who has never been seen in public, is in Kandahar.', 'person: Hibatullah Akhundzada', 'who-clause'],
    ['Taliban political spokesman Suhail Shaheen told The Associated Press there would be none.', 'person: Suhail Shaheen', 'role before the name'],
    ['A Taliban spokesman, Bilal Kareemi, told CNN that it was wrong.', 'person: Bilal Kareemi', 'role before a comma'],
    ['The attack killed Zemari Ahmadi, a 43-year-old electrical engineer, and ten others.', 'person: Zemari Ahmadi', 'role apposition'],
    ['Officials in Kabul said Hisham Abdel-Rahim al-Tayeb signed it.', 'place: Kabul', 'locative preposition'],
  ])('%s → %s (%s)', (sentence, expected) => {
    expect(found(sentence), sentence).toContain(expected);
  });
});

describe('recogniseSentence: names in the shapes real copy gives them', () => {
  test.each([
    ['Cuba’s Foreign Ministry chief for U.S. Affairs Josefina Vidal led the talks.', 'person: Josefina Vidal'],
    ['Deputy Assistant Secretary of State for Western Hemisphere Affairs John Creamer led them.', 'person: John Creamer'],
    ['After the leak, CEO of the Refugee Council Enver Solomon said it was wrong.', 'person: Enver Solomon'],
    ['After the leak, CEO of the Refugee Council Enver Solomon said it was wrong.', 'organization: Refugee Council'],
    ['PG&E CEO Andy Vesey said it was needed.', 'person: Andy Vesey'],
    ['Southwest Airlines’ Kent Powell said flights were on time.', 'person: Kent Powell'],
    ['Paul’s son, U.S. Sen. Rand Paul of Kentucky, is a likely candidate.', 'person: Rand Paul'],
    ['Paul’s son, U.S. Sen. Rand Paul of Kentucky, is a likely candidate.', 'place: Kentucky'],
    ['“It is new,” said Mitul Mehta, a researcher at King’s College London.', 'person: Mitul Mehta'],
    ['Austen, Jane. Pride and Prejudice', 'person: Jane Austen'],
    ['Healy said General Motors will have to cut costs.', 'organization: General Motors'],
    ['Marx, Karl and Engels, Friedrich. The Communist Manifesto', 'person: Friedrich Engels'],
  ])('%s → %s', (sentence, expected) => {
    expect(found(sentence), sentence).toContain(expected);
  });

  test.each([
    ['Thanks, Jane. Today, Jack went home.', 'person: Jack Today'],
    ['In London, Jack said it.', 'person: Jack London'],
    ['Rescuers reached the counties, and Jack Smith said so.', 'place: Jack Smith'],
    ['During Prime Minister’s Questions on Wednesday, Sunak defended the plan.', 'person: Questions'],
    ['Crowds watched Macy’s Thanksgiving Day Parade in the rain.', 'person: Macy'],
    ['The Port Authority said the bridge was closed.', 'place: Port Authority'],
    ['Wreckage of the Air France jet was found.', 'place: Air France'],
    ['More Galleries ADVERTISEMENT Judy Avalos, who was arrested, denied it.', 'person: More Galleries ADVERTISEMENT Judy Avalos'],
    ['The deputy High Commissioner for Migrants said the camps were full.', 'person: Migrants'],
  ])('reads no name into %s', (sentence, wrong) => {
    expect(found(sentence), sentence).not.toContain(wrong);
  });
});

describe('recogniseSentence: names inside other names', () => {
  test.each([
    ["It was planning an attack on Kabul’s Hamid Karzai International Airport.", ['place: Kabul', 'place: Hamid Karzai International Airport']],
    ["Thirteen were killed at Kabul airport's Abbey Gate last week.", ['place: Kabul', 'place: Abbey Gate']],
    ['He worked for Nutrition and Education International, a charity.', ['organization: Nutrition and Education International']],
    ['Doctors at the Joseph Ncube Memorial Hospital in Hwange worked all night.', ['organization: Joseph Ncube Memorial Hospital', 'place: Hwange']],
    ['Dr. Renata Quilodrán of the Carlos van Buren Hospital said so.', ['person: Renata Quilodrán', 'organization: Carlos van Buren Hospital']],
  ])('%s', (sentence, expected) => {
    expect(found(sentence), sentence).toEqual(expected);
  });
});

describe('recogniseSentence: types', () => {
  test.each([
    ['CNN reported on Saturday that talks began.', 'organization: CNN'],
    ['Reuters reported that roughly 1000 civilians were waiting.', 'organization: Reuters'],
    ['The strike killed five Islamic State bombers.', 'organization: Islamic State'],
    ['Members of the Taliban, IS-K and the Haqqani network overlap.', 'organization: Haqqani network'],
    ['Water reached two metres along the Zambezi on Friday.', 'place: Zambezi'],
    ['The drone strike hit the Nangarhar province of Afghanistan.', 'place: Nangarhar'],
    ['Critics including the Sudanese Professionals Association objected.', 'organization: Sudanese Professionals Association'],
    ['The trawler Doña Eulalia capsized off the Juan Fernández Islands.', 'place: Juan Fernández Islands'],
    ['Go ahead, Andrea, and then we will take one more.', 'person: Andrea'],
  ])('%s → %s', (sentence, expected) => {
    expect(found(sentence), sentence).toContain(expected);
  });

  test.each([
    ['Turkish and American officials met.', 'demonyms'],
    ['On Saturday in September nothing happened.', 'weekdays and months'],
    ['The trawler Doña Eulalia capsized.', 'a vessel'],
    ['Floods in the Indonesian capital killed nine.', 'a nationality adjective'],
    ['Pakistan wants to sign the new Memorandum of Understanding (MOU) with them.', 'an acronym of a non-entity'],
    ['The declaration covers Angelina, Cameron, Collin and other counties.', 'given names in a list of names'],
  ])('finds no entity in %j (%s)', (sentence) => {
    expect(found(sentence).filter((f) => !/Pakistan/.test(f))).toEqual([]);
  });

  test('a role between two commas after a name is that name’s, not the next one’s', () => {
    const sentence = 'According to Jake Sullivan, the US national security adviser, US President Joe Biden will act.';
    const biden = candidatesOf(sentence).find((c) => c.text === 'Joe Biden')!;
    expect(biden.roles.map((r) => r.label)).toEqual(['US President']);
  });

  test('records the role stated before a person’s name, with its offsets', () => {
    const sentence = 'Pentagon spokesperson John Kirby told Military Times so.';
    const kirby = candidatesOf(sentence).find((c) => c.text === 'John Kirby')!;
    expect(kirby.roles.map((r) => [r.label, sentence.slice(r.start, r.end)])).toEqual([['Pentagon spokesperson', 'Pentagon spokesperson']]);
  });
});

describe('recogniseEntities', () => {
  test('ignores page furniture', () => {
    const text = 'Officials in Kabul said the talks ended.\n\nMore text came later.\n\nOpinion\n\nRiyadh plan\n\nUpdated 23 Nov, 2024\n\nSaudi Arabia signs a deal.\n\nRiyadh plan';
    const names = recogniseEntities(buildDocument(text)).map((c) => c.text);
    expect(names).toContain('Kabul');
    expect(names).not.toContain('Saudi Arabia');
  });

  test('a wire dateline is furniture: its city is no entity, and never glued to the first name', () => {
    const text = 'VICTORIA FALLS, Zimbabwe (Reuters) - The United States said water was low.';
    expect(recogniseEntities(buildDocument(text)).map((c) => c.text)).toEqual(['United States']);
  });
});

describe('resolveEntities', () => {
  const article = (articleId: string, text: string) => ({ articleId, candidates: recogniseEntities(buildDocument(text)) });
  const resolve = (...articles: Array<{ articleId: string; candidates: Candidate[] }>) => resolveEntities(articles, [['Department of Defense', 'DOD', 'Pentagon']]);

  test('links surnames and titled surnames to the full name, in the article and across articles', () => {
    const entities = resolve(
      article('a', 'US President Joe Biden spoke on Thursday. Biden said he was angry.'),
      article('b', 'President Biden said it again. Pentagon spokesperson John Kirby agreed, and Kirby left.'),
    );
    const biden = entities.find((e) => e.name === 'Joe Biden')!;
    expect(biden.articleIds).toEqual(['a', 'b']);
    expect(biden.mentions).toHaveLength(3);
    expect(entities.find((e) => e.name === 'John Kirby')!.mentions).toHaveLength(2);
  });

  test('keeps different people with one surname apart, a bare surname going to the most mentioned', () => {
    const entities = resolve(article('a', 'US President Joe Biden spoke. Biden and First Lady Jill Biden attended a memorial. Biden left.'));
    expect(entities.find((e) => e.name === 'Jill Biden')!.mentions).toHaveLength(1);
    expect(entities.find((e) => e.name === 'Joe Biden')!.mentions).toHaveLength(3);
  });

  test('merges spelling variants, parenthesised acronyms and editorial aliases', () => {
    const entities = resolve(
      article('a', 'The US Department of Defense (DOD) has spoken. Al-Qaeda and al-Qaeda are one. NATO met.'),
      article('b', 'The Pentagon said it. Nato said it too. Officials said Al Qaeda had grown.'),
    );
    const dod = entities.find((e) => e.name === 'Department of Defense')!;
    expect(dod.aliases).toEqual(expect.arrayContaining(['DOD', 'Pentagon']));
    expect(dod.articleIds).toEqual(['a', 'b']);
    expect(entities.filter((e) => /nato/i.test(e.name))).toHaveLength(1);
    expect(entities.filter((e) => /qaeda/i.test(e.name))).toHaveLength(1);
  });

  test('strips possessives and quotes from names', () => {
    const entities = resolve(article('a', '“US officials said Kabul’s airport was closed,” he said. Kabul was quiet.'));
    expect(entities.find((e) => e.name === 'Kabul')!.mentions).toHaveLength(2);
    expect(entities.find((e) => e.name === 'United States')!.aliases).toEqual(['US']);
  });

  test('gives every entity a unique, readable id', () => {
    const entities = resolve(article('a', 'Georgia Kowalski flew from Georgia. The Georgia Institute said so. Kowalski said it.'));
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('every typing rule, one row each', () => {
  const ruleOf = (sentence: string, name: string) =>
    candidatesOf(sentence).find((c) => c.text === name)?.rule;
  test.each([
    ['media-outlet', 'The report was first published by Politico on Monday.', 'Politico'],
    ['place-variant', 'Officials said the U.S. would stay.', 'U.S.'],
    ['place-head-word', 'Crowds gathered at Abbey Gate before the blast.', 'Abbey Gate'],
    ['organisation-word', 'The Zambezi River Authority said inflows fell.', 'Zambezi River Authority'],
    ['state-as-group', 'The strike killed five Islamic State bombers.', 'Islamic State'],
    ['title-before-name', 'Rear Admiral Ximena Ortúzar-Vial spoke to the crews.', 'Ximena Ortúzar-Vial'],
    ['role-apposition', 'The attack killed Zemari Ahmadi, a 43-year-old electrical engineer, and others.', 'Zemari Ahmadi'],
    ['who-clause', 'Hibatullah Akhundzada, who has never been seen in public, is in Kandahar.', 'Hibatullah Akhundzada'],
    ['place-noun-after', 'The drone struck in the Nangarhar province of Afghanistan.', 'Nangarhar'],
    ['organisation-noun-after', 'Members of the Haqqani network overlap.', 'Haqqani network'],
    ['geographic-preposition', 'Water levels fell along the Zambezi this year.', 'Zambezi'],
    ['place-noun-before', 'The port town of Abu Amama lies north of here.', 'Abu Amama'],
    ['organisation-noun-before', 'Shares in the Dutch maker Vanmoof Mobility rose.', 'Vanmoof Mobility'],
    ['first-name', 'Yesterday Emily Horne was not available.', 'Emily Horne'],
    ['gazetteer-place', 'The evacuation flights left Kabul at dawn.', 'Kabul'],
    ['acronym', 'Fighters of the NRF held the valley.', 'NRF'],
    ['speaker-name', 'Later Suhail Shaheen said the strike was wrong.', 'Suhail Shaheen'],
    ['the-proper-noun', 'Talks with the Taliban have continued.', 'Taliban'],
    ['gazetteer-organisation', 'The group split from Al-Qaeda years ago.', 'Al-Qaeda'],
    ['title-before-name', 'Professor Burrows also said the kits were ready.', 'Burrows'],
    ['name-before-administration', 'Critics said the Sununu administration had ignored the warnings.', 'Sununu'],
    ['unknown-name-acting', 'The late shot was saved by Yerlan Tuktarov in the last minute.', 'Yerlan Tuktarov'],
    ['unknown-name-acting', 'In the second half, Yerlan Tuktarov replaced the injured captain.', 'Yerlan Tuktarov'],
    ['locative-preposition', 'Generators now run all day in Hwange.', 'Hwange'],
    ['coordinated-place', 'More rain is expected in Bogor and Depok this week.', 'Depok'],
    ['addressed-person', 'Let’s go to Said Arikat, please.', 'Said Arikat'],
    ['addressed-person', 'Thanks, Kaitlan. I do not have any update.', 'Kaitlan'],
    ['place-list', 'Aid is available in the counties of Angelina, Aransas, Palo Pinto, Van Zandt, and Wise.', 'Van Zandt'],
    ['place-list', 'Floods hit Bexar, Kyle and Travis counties overnight.', 'Kyle'],
    ['given-name-surname-head', 'James Hall and his daughter drove home.', 'James Hall'],
    ['place-opener', 'Pilgrims gathered at Masjid Al-Haram before dawn.', 'Masjid Al-Haram'],
    ['the-place-name', 'Power was cut near the Sierra Nevada on Monday.', 'Sierra Nevada'],
  ])('%s: %j → %s', (rule, sentence, name) => {
    expect(ruleOf(sentence, name), sentence).toBe(rule);
  });
});
