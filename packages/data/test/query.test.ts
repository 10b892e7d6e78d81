import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/collections.js';
import { edtfBounds } from '../src/edtf.js';
import {
  aboutActor, aboutIssue, aboutTreaty, byId, createQueries, dataset, filterLinkages, filterTimeline, linkageGraph, treatyMilestonesOf, treatyStatusOf, timeline, treatiesInForce, treatyMilestones, treatyStatus,
  type Dataset,
} from '../src/index.js';
import { loadFixture } from './helpers.js';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('the shipped dataset through the main entry', () => {
  it('finds records by id and returns undefined for unknown ids', () => {
    expect(byId('actors', 'sergei-ryabkov')?.name).toBe('Sergei Ryabkov');
    expect(byId('quotes', 'putin-2009-05-07-russia-will-link')?.speaker).toBe('vladimir-putin');
    expect(byId('treaties', 'no-such-treaty')).toBeUndefined();
  });

  it('collects what concerns an actor', () => {
    const ryabkov = aboutActor('sergei-ryabkov');
    expect(ids(ryabkov.quotes)).toEqual(expect.arrayContaining(['ryabkov-2014-04-03-cooperation-does-not-exist', 'ryabkov-2014-04-03-legally-binding-guarantees']));
    expect(ids(ryabkov.events)).toContain('ryabkov-interfax-comment-2014-04-03');
    expect(ids(ryabkov.linkages)).toEqual(expect.arrayContaining(['russia-cooperation-for-legal-guarantees-2014', 'us-suspends-missile-defense-talks-over-crimea-2014']));
    const us = aboutActor('united-states');
    expect(ids(us.treaties)).toEqual(expect.arrayContaining(['abm-treaty', 'start-i']));
    expect(us.positions.every((p) => p.actor === 'united-states')).toBe(true);
  });

  it('collects what concerns an issue, both sides’ positions included', () => {
    const md = aboutIssue('missile-defense-europe');
    const actorsWithPositions = new Set(md.positions.map((p) => p.actor));
    expect([...actorsWithPositions]).toEqual(expect.arrayContaining(['russia', 'united-states']));
    expect(ids(md.linkages)).toEqual(expect.arrayContaining(['russia-start-renewal-for-missile-defense-2009', 'us-european-sites-for-iran-pressure-2009']));
  });

  it('collects what concerns a treaty, with its milestones in date order', () => {
    const abm = aboutTreaty('abm-treaty');
    expect(ids(abm.events)).toEqual(expect.arrayContaining(['us-abm-withdrawal-announced-2001-12-13', 'us-abm-withdrawal-takes-effect-2002-06-13']));
    expect(abm.issues.map((i) => i.id)).toContain('offense-defense-relationship');
    const actions = treatyMilestones('abm-treaty').map((m) => m.action);
    expect(actions.slice(0, 2)).toEqual(['signed', 'entered-into-force']);
    expect(actions).toEqual(expect.arrayContaining(['withdrawal-announced', 'withdrawn']));
    const notice = treatyMilestones('abm-treaty').find((m) => m.action === 'withdrawal-announced');
    expect(notice).toMatchObject({ date: '2001-12-13', party: 'united-states' });
    expect(treatyMilestones('no-such-treaty')).toEqual([]);
  });

  it('gives a timeline in date order, filtered by period, actor, issue and treaty', () => {
    const all = timeline();
    expect(all).toHaveLength(dataset.events.length);
    const starts = all.map((e) => e.earliest ?? '');
    expect(starts).toEqual([...starts].sort());
    const spring2014 = timeline({ from: '2014-03-20', to: '2014-04-04' });
    expect(ids(spring2014)).toEqual(expect.arrayContaining(['us-confirms-suspension-of-missile-defense-talks-2014-03', 'ryabkov-interfax-comment-2014-04-03']));
    expect(spring2014.every((e) => (e.latest ?? '9999') >= '2014-03-20' && (e.earliest ?? '') <= '2014-04-04')).toBe(true);
    const putin2009 = timeline({ actor: 'vladimir-putin', from: '2009', to: '2009-12' });
    expect(ids(putin2009)).toContain('putin-interview-japanese-media-2009-05-07');
    expect(putin2009.every((e) => e.actors.includes('vladimir-putin'))).toBe(true);
    expect(ids(putin2009)).not.toContain('russia-annexes-crimea-2014-03-18');
    expect(timeline({ issue: 'ukraine-crimea' }).every((e) => e.issues.includes('ukraine-crimea'))).toBe(true);
    expect(ids(timeline({ treaty: 'abm-treaty' }))).toEqual(expect.arrayContaining(['us-abm-withdrawal-takes-effect-2002-06-13']));
    expect(timeline({ from: '2009', to: '2009' }).every((e) => e.earliest! <= '2009-12-31' && (e.latest ?? '9999') >= '2009-01-01')).toBe(true);
  });

  it('gives linkages as a graph of issues, with edges from leverage to sought issue', () => {
    const graph = linkageGraph();
    expect(graph.edges).toHaveLength(dataset.linkages.length);
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    for (const edge of graph.edges) {
      expect(nodeIds.has(edge.from) && nodeIds.has(edge.to)).toBe(true);
      expect([edge.from, edge.to]).toEqual([edge.linkage.leverage, edge.linkage.sought]);
    }
    const start = graph.edges.find((e) => e.id === 'russia-start-renewal-for-missile-defense-2009')!;
    expect([start.from, start.to]).toEqual(['strategic-offensive-arms', 'missile-defense-europe']);
    const byUs = linkageGraph({ actor: 'united-states' });
    expect(byUs.edges.every((e) => e.linkage.linker === 'united-states')).toBe(true);
    expect(byUs.edges.length).toBeGreaterThan(0);
    const iran = linkageGraph({ issue: 'iran-nuclear-program' });
    expect(iran.edges.map((e) => e.id)).toContain('us-european-sites-for-iran-pressure-2009');
    expect(iran.edges.every((e) => e.from === 'iran-nuclear-program' || e.to === 'iran-nuclear-program')).toBe(true);
    expect(linkageGraph({ from: '2014' }).edges.every((e) => (e.linkage.latest ?? '9999') >= '2014-01-01')).toBe(true);
    // "By January 2023" (no known start) counts from its last attested day, not from any earlier period.
    expect(linkageGraph({ from: '2019', to: '2022' }).edges.map((e) => e.id)).not.toContain('russia-new-start-return-for-us-ukraine-policy-2023');
    expect(linkageGraph({ from: '2023', to: '2023' }).edges.map((e) => e.id)).toContain('russia-new-start-return-for-us-ukraine-policy-2023');
  });

  it('derives a treaty’s status on a day', () => {
    expect(treatyStatus('start-i', '1991-07-30')?.status).toBe('not-signed');
    expect(treatyStatus('start-i', '1993-01-01')).toMatchObject({ status: 'signed', since: '1991-07-31' });
    expect(treatyStatus('start-i', '2009-12-04')).toMatchObject({ status: 'in-force', since: '1994-12-05', expires: '2009-12-05' });
    expect(treatyStatus('start-i', '2009-12-05')).toMatchObject({ status: 'expired', since: '2009-12-05' });
    expect(treatyStatus('abm-treaty', '2002-01-01')).toMatchObject({ status: 'in-force', expires: null });
    expect(treatyStatus('abm-treaty', '2002-06-13')).toMatchObject({ status: 'terminated', since: '2002-06-13' });
    expect(treatyStatus('abm-treaty', '2009-05')?.status).toBe('terminated');
    expect(treatyStatus('no-such-treaty', '2000')).toBeUndefined();
  });

  it('lists the treaties in force on a day', () => {
    expect(ids(treatiesInForce('1995-01-01'))).toEqual(expect.arrayContaining(['abm-treaty', 'start-i']));
    expect(ids(treatiesInForce('2003-01-01'))).toContain('start-i');
    expect(ids(treatiesInForce('2003-01-01'))).not.toContain('abm-treaty');
  });
});

/** The fixture as a dataset, with the bounds the build derives. */
async function fixtureDataset(): Promise<Dataset> {
  const { files } = await loadFixture();
  const data = {} as Record<string, unknown[]>;
  for (const c of COLLECTIONS) {
    data[c] = files[c].map(({ record }) => {
      const r = record as Record<string, unknown>;
      return typeof r.date === 'string' ? { ...r, ...edtfBounds(r.date) } : r;
    });
  }
  return data as unknown as Dataset;
}

describe('createQueries over data a page brings', () => {
  it('follows extensions, suspensions, resumptions and withdrawals', async () => {
    const data = await fixtureDataset();
    const event = (id: string, date: string, action: Record<string, string>) => ({
      ...data.events[0]!, id, date, ...edtfBounds(date), treatyActions: [{ treaty: 'example-treaty', ...action }],
    });
    const events = [
      ...data.events,
      event('suspended-2012', '2012-03-01', { action: 'suspended', party: 'ruritania' }),
      event('resumed-2013', '2013-03-01', { action: 'resumed', party: 'ruritania' }),
      event('withdrawn-2015', '2015-01-10', { action: 'withdrawn', party: 'freedonia' }),
    ];
    const q = createQueries({ ...data, events } as Dataset);
    expect(q.treatyStatus('example-treaty', '2011-05-19')).toMatchObject({ status: 'in-force', expires: '2011-06-01' });
    expect(q.treatyStatus('example-treaty', '2011-06-02')).toMatchObject({ status: 'extended', expires: '2016-06-01', since: '2011-05-20' });
    expect(q.treatyStatus('example-treaty', '2012-06-01')).toMatchObject({ status: 'suspended', suspendedBy: ['ruritania'] });
    expect(q.treatyStatus('example-treaty', '2013-06-01')).toMatchObject({ status: 'in-force', suspendedBy: [] });
    expect(q.treatyStatus('example-treaty', '2015-01-10')).toMatchObject({ status: 'terminated', since: '2015-01-10' });
    expect(q.treatiesInForce('2012-06-01').map((t) => t.id)).toEqual(['example-treaty']);
    expect(q.treatiesInForce('2015-02-01')).toEqual([]);
  });

  it('lapses on the day an extension runs out', async () => {
    const q = createQueries(await fixtureDataset());
    expect(q.treatyStatus('example-treaty', '2016-05-31')).toMatchObject({ status: 'extended', expires: '2016-06-01' });
    expect(q.treatyStatus('example-treaty', '2016-06-01')).toMatchObject({ status: 'expired', since: '2016-06-01' });
    expect(q.treatyMilestones('example-treaty').map((m) => [m.date, m.action, m.expires])).toEqual([
      ['2000-05-01', 'signed', undefined], ['2001-06-01', 'entered-into-force', undefined], ['2011-05-20', 'extended', '2016-06-01'],
    ]);
  });

  it('answers treaty questions from one treaty and its events alone', async () => {
    const { treaties, events } = await fixtureDataset();
    const treaty = treaties[0]!;
    expect(treatyStatusOf(treaty, events, '2016-05-31')).toMatchObject({ status: 'extended', expires: '2016-06-01' });
    expect(treatyStatusOf(treaty, [], '2012-01-01')).toMatchObject({ status: 'expired', since: '2011-06-01' });
    expect(treatyMilestonesOf(treaty, events).map((m) => m.action)).toEqual(['signed', 'entered-into-force', 'extended']);
  });

  it('reports a treaty never in force as such', async () => {
    const data = await fixtureDataset();
    const treaties = [{ ...data.treaties[0]!, enteredIntoForce: null, expires: null }];
    const q = createQueries({ ...data, treaties, events: [] } as Dataset);
    expect(q.treatyStatus('example-treaty', '1999-12-31')?.status).toBe('not-signed');
    expect(q.treatyStatus('example-treaty', '2020-01-01')).toMatchObject({ status: 'never-in-force', since: '2000-05-01' });
  });

  it('filters linkages from linkages alone, as linkageGraph does', async () => {
    const { linkages } = await fixtureDataset();
    expect(ids(filterLinkages(linkages, { actor: 'ruritania', from: '2014-04' }))).toEqual(['ruritania-treaty-for-radar-2014']);
    expect(filterLinkages(linkages, { actor: 'freedonia' })).toEqual([]);
    expect(filterLinkages(linkages, { to: '2013' })).toEqual([]);
  });

  it('filters a timeline from events alone', async () => {
    const { events } = await fixtureDataset();
    expect(ids(filterTimeline(events, { actor: 'anna-example' }))).toEqual(['ruritania-statement-2014-04-03']);
    expect(ids(filterTimeline(events, { to: '2012' }))).toEqual(['example-treaty-extended-2011']);
  });

  it('answers every helper on a page’s own data', async () => {
    const q = createQueries(await fixtureDataset());
    expect(ids(q.aboutActor('anna-example').quotes)).toEqual(['example-2014-04-03-link']);
    expect(ids(q.aboutIssue('radar').linkages)).toEqual(['ruritania-treaty-for-radar-2014']);
    expect(q.linkageGraph().edges).toEqual([
      expect.objectContaining({ id: 'ruritania-treaty-for-radar-2014', from: 'example-treaty-signature', to: 'radar' }),
    ]);
    expect(q.linkageGraph({ between: [['radar'], ['example-treaty-signature']] }).edges).toHaveLength(1);
    expect(q.linkageGraph({ between: [['example-treaty-signature'], ['radar']] }).edges).toHaveLength(1);
    expect(q.linkageGraph({ between: [['radar'], ['radar']] }).edges).toHaveLength(0);
    expect(ids(q.timeline({ treaty: 'example-treaty' }))).toEqual(['example-treaty-extended-2011', 'ruritania-statement-2014-04-03']);
  });
});
