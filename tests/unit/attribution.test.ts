import { describe, expect, test } from 'vitest';
import { attributeClaims } from '../../src/pipeline/attribution/index.ts';
import { buildDocument, findQuotes } from '../../src/pipeline/document/index.ts';
import { recogniseEntities } from '../../src/pipeline/entities/index.ts';

/** Runs attribution on a small article and returns "speaker | cue | mode | claim text" per claim. */
const claimsOf = (text: string) => {
  const document = buildDocument(text);
  return attributeClaims(document, recogniseEntities(document)).map((c) => ({
    speaker: c.speaker.label,
    kind: c.speaker.kind,
    via: c.via?.label ?? null,
    cue: c.cue,
    mode: c.mode,
    rule: c.rule,
    text: text.slice(c.start, c.end),
    quote: c.quote ? text.slice(c.quote.start, c.quote.end) : null,
  }));
};

describe('attributeClaims: direct quotes', () => {
  test.each([
    ['quote, then speaker and cue', '“The unmanned airstrike occurred in Nangarhar,” Captain Bill Urban said.', 'Bill Urban', 'say'],
    ['quote, then cue and speaker', '“We would never have fired a missile,” said a former intelligence official.', 'a former intelligence official', 'say'],
    ['speaker and cue, then quote', 'Pentagon spokesperson John Kirby told Military Times, “We have all required authority.”', 'John Kirby', 'tell'],
    ['a colon before the quote', 'Asked about the report, President Joe Biden said: “There have been occasions like that.”', 'Joe Biden', 'say'],
  ])('%s', (_case, text, speaker, cue) => {
    const [claim] = claimsOf(text);
    expect(claim, text).toMatchObject({ speaker, cue, mode: 'direct' });
  });

  test('a quote split around the cue is one claim with both parts', () => {
    const text = '“Every affected car will be repaired,” Hanseong chief executive Park Ji-hoon said, “and repairs will begin next month.”';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.quote).toBe('Every affected car will be repaired,” Hanseong chief executive Park Ji-hoon said, “and repairs will begin next month.');
  });

  test('a quote that runs on after the cue takes its following sentences', () => {
    const text = '“The airstrike occurred in Nangarhar,” Captain Bill Urban said. “Initial indications are that we killed the target. We know of no civilian casualties.”';
    const [claim] = claimsOf(text);
    expect(claim!.text).toBe(text);
  });

  test('sentences of a quote before the cue belong to the claim', () => {
    const text = 'US President Joe Biden spoke. “We will not forgive. We will not forget. We will hunt you down,” the president declared.';
    const [claim] = claimsOf(text);
    expect(claim).toMatchObject({ speaker: 'Joe Biden', text: '“We will not forgive. We will not forget. We will hunt you down,” the president declared.' });
  });

  test('a paragraph that is only a quote continues the speaker of the paragraph before', () => {
    const text = 'Pentagon spokesperson John Kirby told Military Times, “We have all required authority.”\n\n“There is no obligation to clear airspace with the Taliban.”';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.speaker, c.rule])).toEqual([
      ['John Kirby', 'speaker-before-cue'],
      ['John Kirby', 'quote-paragraph-continues'],
    ]);
  });

  test('a partial quote inside reported speech keeps the quote and is indirect', () => {
    const [claim] = claimsOf('The strike was carried out in "self-defense," according to US Navy Captain Bill Urban, a military spokesman.');
    expect(claim).toMatchObject({ speaker: 'Bill Urban', mode: 'indirect', quote: 'self-defense,', cue: 'according to' });
  });
});

describe('attributeClaims: reported speech', () => {
  test.each([
    ['X said (that) …', 'Fisheries Minister Tomás Igualt-Barros said the government would review safety rules.', 'Tomás Igualt-Barros', 'say'],
    ['estimates suggest …', 'Estimates suggest 8000 migrants may be at sea.', 'Estimates', 'suggest'],
    ['media have said …', 'But media have said the questionnaires attract criticism.', 'media', 'say'],
    ['a document that reads a quotation', 'The Home Office letter reads “we may extend the deadline if you need more time”.', 'Home Office', 'read'],
    ['a surname the tagger reads as an adverb', 'Analyst David Healy covers carmakers. Healy said General Motors will have to cut costs.', 'Healy', 'say'],
    ['X told an outlet …', 'A Taliban spokesman, Bilal Kareemi, told CNN that it was wrong.', 'Bilal Kareemi', 'tell'],
    ['according to X, …', 'According to sources familiar with the process, the review was nearly complete.', 'sources familiar with the process', 'according to'],
    ['…, according to X.', 'Most troops would leave on Monday, according to a US military source.', 'a US military source', 'according to'],
    ['…, X said.', 'This creates blind spots, said multiple current and former officials.', 'multiple current and former officials', 'say'],
    ['X warned …', 'Some observers have warned that the groups overlap.', 'Some observers', 'warn'],
    ['X denied …', 'A U.S. official has denied that there is more distinction between them.', 'A U.S. official', 'deny'],
    ['X believes …', 'General Kenneth McKenzie said it helped. He believes that such cooperation has averted other attempts.', 'Kenneth McKenzie', 'believe'],
    ['X described … as …', 'According to CNN, a Taliban spokesman described the bombing as a breach of sovereignty.', 'a Taliban spokesman', 'describe'],
    ['a passive with "according to"', 'Generals were claimed to have been given the “green light,” according to Biden.', 'Biden', 'according to'],
    ['X was quoted as saying', 'Its leader, Rui Albergaria, was quoted by the newspaper Público as saying the deal was rushed.', 'Rui Albergaria', 'quote'],
    ['a relative clause between speaker and cue', 'A senior engineer at the plant, who asked not to be named, said the turbines were slow.', 'A senior engineer at the plant', 'say'],
    ['two verbs share a subject', 'The announcement did not identify the target but indicated that more strikes could follow.', 'The announcement', 'indicate'],
    ['a forecast', 'Economists expect interest rates to remain low this year.', 'Economists', 'expect'],
    ['a plural subject with a base form', 'Industry analysts warn that interest rates will stay high.', 'Industry analysts', 'warn'],
    ['praise', 'Refugee advocacy groups praised the judge’s decision on Friday.', 'Refugee advocacy groups', 'praise'],
    ['condemnation', 'The opposition party condemned the attack as cowardly.', 'The opposition party', 'criticise'],
    ['a reason cited', 'Traders cited the lingering uncertainty over the trade talks.', 'Traders', 'cite'],
    ['a title after a fronted phrase is the subject', 'Specific to the military drawdown, the President has made clear that troops will leave.', 'the President', 'make clear'],
    ['an "including" aside is never the subject', 'In a joint statement, ninety countries, including the UK, said they would keep accepting people.', 'ninety countries', 'say'],
  ])('%s', (_case, text, speaker, cue) => {
    const claims = claimsOf(text);
    expect(claims.at(-1), text).toMatchObject({ speaker, cue });
  });

  test('a name inside a prepositional phrase is not the speaker', () => {
    const [claim] = claimsOf('However, a senior counselor to US President Joe Biden stated the US would continue.');
    expect(claim).toMatchObject({ speaker: 'a senior counselor to US President Joe Biden', kind: 'anonymous' });
  });

  test('chains keep both ends: the witness, via CNN', () => {
    const [claim] = claimsOf('A witness informed CNN that the missile killed nine civilians from one family.');
    expect(claim).toMatchObject({ speaker: 'A witness', kind: 'anonymous', via: 'CNN' });
  });

  test('an outlet reporting an anonymous source: the source, via the outlet', () => {
    const [claim] = claimsOf('Reuters reported that roughly 1000 civilians were waiting, according to a Western official.');
    expect(claim).toMatchObject({ speaker: 'a Western official', via: 'Reuters' });
  });

  test.each([
    ['a negated cue', 'Kirby did not disclose whether the Taliban had given permission. The White House has not said if anyone will be held responsible.'],
    ['a cue verb in another sense', 'It also claimed the lives of ten members of his family.'],
    ['a name that looks like a cue', 'Britain, the United States and France will present a draft resolution.'],
    ['no cue at all', 'Biden has ordered all American troops out of Afghanistan by Tuesday.'],
    ['a passive with no agent, an adverb between', 'Akhundzada is widely expected to take over as supreme leader.'],
    ['an infinitive', 'The council plans to warn residents about the flood.'],
    ['a base form that is a noun', 'The report was published on Monday and a warning followed.'],
    ['a participle before its noun', 'The expected outcome of the vote came on Tuesday.'],
  ])('finds no claim in %s', (_case, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('attributeClaims: quotes that carry a claim on', () => {
  test('a quoted sentence after a reported claim in its paragraph is the same speaker, in their own words', () => {
    const claims = claimsOf('Michael Howard said he would build cleaner hospitals. "I come from an ordinary family. My parents worked hard."');
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ speaker: 'Michael Howard', mode: 'direct', rule: 'quote-sentence-continues' });
  });

  test('a quoted phrase inside a sentence of the writer’s own is no claim', () => {
    const claims = claimsOf('Michael Howard said he would build cleaner hospitals. The slogan "cleaner hospitals" appeared on every poster.');
    expect(claims).toHaveLength(1);
  });
});

describe('attributeClaims: two speakers in one sentence', () => {
  test.each([
    ['"and" before a second speaker', 'Mayor Ines Calder said the bridge would reopen in May and three engineers told reporters that repairs had barely begun.', ['Ines Calder', 'three engineers']],
    ['", while" before a second speaker', 'The coach, Renata Oduya, said the team had trained well, while several supporters said that tickets cost too much.', ['Renata Oduya', 'several supporters']],
    ['", but" before a second speaker', 'Police said the road had been closed overnight, but two witnesses said they were never warned.', ['Police', 'two witnesses']],
  ])('%s: two claims, split at the conjunction', (_case, text, speakers) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.speaker), text).toEqual(speakers);
    expect(claims[1]!.rule).toBe('second-clause');
    expect(claims[0]!.text.endsWith(claims[1]!.text), text).toBe(false);
    expect(text.startsWith(claims[0]!.text) && text.endsWith(claims[1]!.text)).toBe(true);
  });

  test.each([
    ['a second verb with no subject of its own', 'Calder said the work was late and that costs had risen.'],
    ['a comparison, not a second speaker', 'Calder said the city had spent far more than critics have suggested.'],
    ['a pronoun for the same speaker', 'Calder said the bridge was safe, and she told reporters it would reopen.'],
    ['two speakers of one statement', 'Calder and her deputy, Tomas Brenn, said the bridge was safe.'],
    ['a subject inside the reported clause with no cue', 'Calder said the council and two engineers had approved the plan.'],
  ])('one claim for %s', (_case, text) => {
    expect(claimsOf(text), text).toHaveLength(1);
  });
});

describe('attributeClaims: descriptive sources', () => {
  test.each([
    ['people named by their trade (compromise tags them Actor)', 'Local farmers said they had seen smoke near the pylon.', 'Local farmers', 'anonymous'],
    ['a plural institution noun', 'Environmental groups warned that the rivers were low.', 'Environmental groups', 'institution'],
    ['a service', 'According to the national weather service, temperatures will fall.', 'the national weather service', 'institution'],
  ])('%s', (_case, text, speaker, kind) => {
    expect(claimsOf(text)[0], text).toMatchObject({ speaker, kind });
  });
});

describe('attributeClaims: speakers in earlier sentences', () => {
  test.each([
    ['"he" after a named person', 'Captain Urban stated that the strike worked. “There isn’t a time limit,” he said.', 'Urban'],
    ['"she" for the person named just before, not the last speaker', 'Abdul Muhari, a spokesman, said the water rose. Jakarta Governor Retno Wulandari ordered schools shut. She said the pumps had failed.', 'Retno Wulandari'],
    ['"the official" for an anonymous official', 'A U.S. official has denied that. But independently, the official acknowledged that ISIS-K is stronger.', 'A U.S. official'],
    ['"the person" for the last anonymous speaker', 'It was limited, according to a U.S. official. The U.S. received no useful intelligence, the person said.', 'a U.S. official'],
    ['"he went on to say" for the last speaker', 'According to a senior Taliban insider, the cell has grown. He went on to say that the group was warned.', 'a senior Taliban insider'],
    ['"the aforementioned publication" for the last outlet', 'John Kirby told Military Times, “We have all required authority.” The Pentagon sees the country as “a free area,” according to the aforementioned publication.', 'Military Times'],
  ])('%s', (_case, text, speaker) => {
    expect(claimsOf(text).at(-1)?.speaker, text).toBe(speaker);
  });
});

describe('findQuotes', () => {
  test.each([
    ['curly quotes', 'He said “yes” and “no”.', ['yes', 'no']],
    ['straight quotes', 'He said "yes" and "no".', ['yes', 'no']],
    ['an unclosed quote runs to the end', 'He said “it is over', ['it is over']],
  ])('%s', (_case, text, expected) => {
    expect(findQuotes(text, 0, text.length).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });
});

describe('attributeClaims: a pronoun for a person named by a role alone', () => {
  test('"he" after the one person the sentence names by a role is that person, not the last name before it', () => {
    const claims = claimsOf('President Obama says the talks will resume. But we met Germany’s ambassador this morning, and he insists the talks are over.');
    expect(claims.find((c) => c.cue === 'insist')).toMatchObject({ speaker: 'Germany’s ambassador', kind: 'anonymous' });
  });

  test('with a name before the role in the sentence, "he" is not given to the role', () => {
    const claims = claimsOf('Senator Jane Ruiz met the ambassador this morning, and she insists the talks are over.');
    expect(claims.find((c) => c.cue === 'insist')?.speaker).toBe('Jane Ruiz');
  });
});

describe('attributeClaims: pronouns in a transcript', () => {
  test('a reporter’s “he” points into the question, not back to the last answer’s speaker', () => {
    const text = 'SECRETARY BLINKEN:  Good morning. We spoke with allies today, and we are ready.\n\nQUESTION:  You heard President Zelenskyy speak in Munich on the radio today.  And he accused you of appeasement.\n\nSECRETARY BLINKEN:  We hear him, and we will keep supporting Ukraine.';
    expect(claimsOf(text).find((c) => c.cue === 'accuse')).toMatchObject({ speaker: 'Zelenskyy' });
  });

  test('a later paragraph of a turn may open with the person it reports: that statement is theirs, the turn stays the speaker’s', () => {
    const text = 'MODERATOR:  Welcome, everyone, to the call.\n\nSENIOR STATE DEPARTMENT OFFICIAL:  Thanks. The talks in Geneva ran for six hours.\n\nThe Deputy Secretary also reiterated our commitment to the ceasefire.  And she stressed that aid must reach Aleppo.\n\nMODERATOR:  Next question, please.';
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.rule !== 'transcript-turn').map((c) => c.speaker)).toEqual(['The Deputy Secretary', 'The Deputy Secretary']);
    expect(claims.find((c) => c.rule === 'transcript-turn' && /Geneva/u.test(c.text))!.speaker).toBe('Senior state department official');
  });
});

describe('attributeClaims: cues that need a quotation after them', () => {
  test('"continued:" goes on speaking; "fighting continued" reports nothing', () => {
    expect(claimsOf('Yvette Cooper criticised the plan. She continued: “Labour has a common-sense plan to clear the backlog.”').at(-1)).toMatchObject({ speaker: 'Yvette Cooper', cue: 'continue', mode: 'direct' });
    expect(claimsOf('Fighting continued in the north for days, and the roads stayed closed.')).toEqual([]);
  });

  test('"committed to" someone is a pledge; "committed suicide" and "was committed to hospital" report nothing', () => {
    expect(claimsOf('The governor committed to the voters that the tolls would be scrapped.')[0]).toMatchObject({ speaker: 'The governor', cue: 'commit' });
    expect(claimsOf('The gunman committed suicide after the siege.')).toEqual([]);
    expect(claimsOf('The singer was committed to hospital overnight.')).toEqual([]);
  });

  test('a base-form cue joined to an infinitive reports nothing: "encouraged to submit … and suggest …"', () => {
    expect(claimsOf('People were encouraged to submit their designs online and suggest names for the flag.')).toEqual([]);
  });
});

describe('attributeClaims: signed press statements', () => {
  const release = (label: string, byline: string) =>
    `Kenyan General Elections\n\n${label}\n\n${byline}\n\nAugust 3, 2022\n\nThe August 9 election will be an opportunity for Kenya to showcase its democracy.  I urge all Kenyans to support free and fair elections.\n\nThe United States stands with the Kenyan people, and the electoral commission said the count would be public.`;

  test('a release labelled as a statement, under an author line, is one statement by its signer, what it reports of others beside', () => {
    const claims = claimsOf(release('Press Statement', 'Antony J. Blinken, Secretary of State'));
    expect(claims.find((c) => c.rule === 'signed-statement')).toMatchObject({ speaker: 'Antony J. Blinken', mode: 'direct' });
    expect(claims.find((c) => c.rule === 'signed-statement')!.text).toMatch(/^The August 9 election[\s\S]*would be public\.$/u);
    expect(claims.some((c) => c.speaker === 'the electoral commission')).toBe(true);
  });

  test('a news story’s byline names its reporter, not its speaker: no label, no signer', () => {
    expect(claimsOf(release('Politics', 'Jane Reporter, Political Correspondent')).some((c) => c.rule === 'signed-statement')).toBe(false);
  });
});

describe('attributeClaims: a name with its suffix', () => {
  test('"Governor Henry T. Walsh, Jr. announced": the suffix after the comma is part of the speaker’s name', () => {
    expect(claimsOf('On Tuesday, Governor Henry T. Walsh, Jr. announced that the bridge would reopen.')[0]).toMatchObject({ speaker: 'Henry T. Walsh, Jr.', cue: 'announce' });
  });
});

describe('attributeClaims: people named by a common noun', () => {
  test.each([
    ['a noun the tagger takes for an adjective', 'The suspect said he had been at home all night.', 'The suspect'],
    ['a plural', 'Several paramedics said the road had been blocked for an hour.', 'Several paramedics'],
  ])('%s: the noun WordNet files under people is an anonymous source', (_case, text, speaker) => {
    expect(claimsOf(text)[0]).toMatchObject({ speaker, kind: 'anonymous' });
  });
});
