import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { chartLayout, chartWindow, labelScore, narrowChart, timelineView, wideChart } from '../../src/lib/view/timeline.ts';
import type { Event } from '../../src/schema/index.ts';
import { article, corpusOf, event } from '../support/records.ts';

const events: Event[] = [
  event({ id: 'old', title: 'Attacks of 11 September 2001', day: '2001-09-11', type: 'attack', articleIds: ['a'] }),
  event({ id: 'attack', title: 'Suicide attack in Kabul', day: '2021-08-26', type: 'attack', articleIds: ['a', 'b', 'c'] }),
  event({ id: 'strike', title: 'Drone strike in Kabul', day: '2021-08-29', articleIds: ['a', 'b', 'c'] }),
  event({ id: 'flights', title: 'Evacuation flights', day: '2021-08-29', type: 'evacuation', articleIds: ['a'] }),
  event({ id: 'admission', title: 'Admission by Department of Defense', day: '2021-09-17', type: 'admission', kind: 'statement', articleIds: ['c'], relatedEventIds: ['strike'] }),
  { ...event({ id: 'fall', title: 'Fall of Kabul', type: 'takeover', articleIds: ['a'] }), date: { start: '2021-08-16', end: '2021-08-20', precision: 'approximate' } },
  { ...event({ id: 'someday', title: 'Undated thing', articleIds: ['a'] }), date: { start: null, end: null, precision: 'unknown' } },
];

describe('chartWindow', () => {
  test('sets apart the events before the last long gap, and leaves out undated ones', () => {
    const { recent, earlier } = chartWindow(events);
    expect(earlier.map((e) => e.id)).toEqual(['old']);
    expect(recent.map((e) => e.id)).toEqual(['fall', 'attack', 'strike', 'flights', 'admission']);
  });
});

describe('chartLayout', () => {
  const { recent } = chartWindow(events);
  for (const options of [wideChart, narrowChart]) {
    const layout = chartLayout(recent, options);

    test(`at ${options.width} units: one column per day with events, a break where days are skipped, marks stacked in their column`, () => {
      expect(layout.ticks.map((t) => t.label)).toEqual(['16', '26', '29', '17']);
      expect(layout.months.map((m) => m.label)).toEqual(['Aug', 'Sep']);
      expect(layout.breaks).toHaveLength(3);
      const [flights, strike] = ['Evacuation flights', 'Drone strike in Kabul'].map((t) => layout.marks.find((m) => m.name.startsWith(t))!);
      expect(flights!.x).toBe(strike!.x);
      expect(flights!.y).not.toBe(strike!.y);
      for (const mark of layout.marks) expect(mark.x - mark.r).toBeGreaterThanOrEqual(0);
      for (const mark of layout.marks) expect(mark.x + mark.r).toBeLessThanOrEqual(options.width);
    });

    test(`at ${options.width} units: statements are diamonds, rough dates hollow, attacks and strikes in the colour of violence`, () => {
      const byTitle = (t: string) => layout.marks.find((m) => m.name.startsWith(t))!;
      expect(byTitle('Admission').shape).toBe('diamond');
      expect(byTitle('Admission').tone).toBe('statement');
      expect(byTitle('Fall of Kabul').rough).toBe(true);
      expect(byTitle('Suicide attack').tone).toBe('violence');
      expect(byTitle('Evacuation flights').tone).toBe('other');
    });

    test(`at ${options.width} units: labels stay inside the chart and never overlap one another`, () => {
      const labels = layout.marks.flatMap((m) => (m.label ? [m.label] : []));
      expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Suicide attack in Kabul', 'Drone strike in Kabul']));
      const boxes = labels.map((l) => {
        const w = l.text.length * 6.6;
        const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
        return { x0, x1: x0 + w, y: l.y };
      });
      for (const box of boxes) {
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(options.width);
      }
      for (const a of boxes) for (const b of boxes) if (a !== b && a.y === b.y) expect(a.x1 < b.x0 || b.x1 < a.x0, JSON.stringify([a, b])).toBe(true);
    });
  }

  test('an admission about an event most articles report is labelled before events one article reports', () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(labelScore(byId.get('admission')!, byId)).toBeGreaterThan(labelScore(byId.get('flights')!, byId));
    expect(labelScore(byId.get('strike')!, byId)).toBeGreaterThan(labelScore(byId.get('admission')!, byId));
    expect(labelScore(byId.get('flights')!, byId)).toBe(0);
  });
});

describe('timelineView', () => {
  const corpus = corpusOf({ articles: ['a', 'b', 'c'].map((id) => article({ id })), events });
  const view = timelineView(corpus.events, indexCorpus(corpus), [], null);

  test('lists events by month and day, a rough date under its span, a statement with what it is about', () => {
    const august = view.months.find((m) => m.label === 'August 2021')!;
    expect(august.days.map((d) => d.label)).toEqual(['About 16–20 August 2021', 'Thursday 26 August 2021', 'Sunday 29 August 2021']);
    const september = view.months.find((m) => m.label === 'September 2021')!;
    const admission = september.days[0]!.entries[0]!;
    expect(admission).toMatchObject({ statement: true, kind: 'Admission', about: [{ title: 'Drone strike in Kabul', href: '/events/strike/' }] });
    expect(view.undated).toBe(1);
    expect(view.chart.earlier.map((e) => e.title)).toEqual(['Attacks of 11 September 2001']);
  });
});
