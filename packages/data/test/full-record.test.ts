import { describe, expect, it } from 'vitest';
import { byId, dataset, linkageGraph, treatiesInForce, treatyStatus } from '../src/index.js';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();
const sovietOrRussia = ['russia', 'soviet-union'];
const MISSILE_DEFENSE = ['missile-defense-europe', 'us-strategic-missile-defense', 'missile-defense-guarantees', 'missile-defense-cooperation', 'offense-defense-relationship'];
const OFFENSIVE_ARMS = ['strategic-offensive-arms', 'intermediate-range-missiles'];

describe('the full record, 1972–2026', () => {
  it('meets the counts: ≥ 60 events, ≥ 25 quotes, ≥ 12 linkages, both sides’ positions on ≥ 6 issues', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(60);
    expect(dataset.quotes.length).toBeGreaterThanOrEqual(25);
    expect(dataset.linkages.length).toBeGreaterThanOrEqual(12);
    const sides = new Map<string, Set<string>>();
    for (const p of dataset.positions) {
      const side = p.actor === 'united-states' ? 'us' : sovietOrRussia.includes(p.actor) ? 'ru' : null;
      if (side) sides.set(p.issue, (sides.get(p.issue) ?? new Set()).add(side));
    }
    expect([...sides.values()].filter((s) => s.size === 2).length).toBeGreaterThanOrEqual(6);
  });

  it('has quotes from both sides and from third parties', () => {
    const countries = new Set(dataset.quotes.map((q) => byId('actors', q.speaker)?.country));
    expect(countries.has('US') && countries.has('RU')).toBe(true);
    expect([...countries].filter((c) => c !== 'US' && c !== 'RU').length).toBeGreaterThan(0);
  });

  it('cites a public URL behind every piece of evidence', () => {
    for (const source of dataset.sources) expect(source.url, source.id).toMatch(/^https?:\/\//);
  });

  it('has all nine treaties, each with sourced signature', () => {
    const treaties = ['abm-treaty', 'abm-treaty-protocol-1974', 'salt-i-interim-agreement', 'salt-ii', 'inf-treaty', 'start-i', 'start-ii', 'sort', 'new-start'];
    for (const id of treaties) expect(byId('treaties', id)?.signed, id).toBeTruthy();
  });

  it('answers "which treaties were in force on 2014-04-04"', () => {
    expect(ids(treatiesInForce('2014-04-04'))).toEqual(['inf-treaty', 'new-start']);
  });

  it('follows New START through its extension, Russia’s suspension and its expiry', () => {
    expect(treatyStatus('new-start', '2011-02-05')).toMatchObject({ status: 'in-force', expires: '2021-02-05' });
    expect(treatyStatus('new-start', '2021-02-05')).toMatchObject({ status: 'extended', expires: '2026-02-05' });
    expect(treatyStatus('new-start', '2023-03-01')).toMatchObject({ status: 'suspended', suspendedBy: ['russia'] });
    expect(treatyStatus('new-start', '2026-02-05')?.status).toBe('expired');
    expect(treatiesInForce('2026-11-22')).toEqual([]);
  });

  it('answers "every linkage Russia made between missile defense and offensive arms"', () => {
    const { edges } = linkageGraph({ actor: 'russia', between: [MISSILE_DEFENSE, OFFENSIVE_ARMS] });
    expect(edges.map((e) => e.id).sort()).toEqual([
      'russia-further-reductions-for-missile-defense-2011',
      'russia-new-start-limits-offer-for-reciprocity-2025',
      'russia-new-start-withdrawal-over-missile-defense-2010',
      'russia-start-ii-for-abm-preservation-2000',
      'russia-start-renewal-for-missile-defense-2009',
    ]);
    for (const { linkage } of edges) {
      expect(linkage.linker).toBe('russia');
      expect(linkage.history.length).toBeGreaterThan(0);
    }
  });

  it('keeps disagreeing sources with the preferred version marked', () => {
    const disputed = [...dataset.events, ...dataset.quotes].filter((r) => r.evidence.some((e) => e.preferred));
    expect(disputed.length).toBeGreaterThan(0);
    for (const record of disputed) expect(record.evidence.filter((e) => e.preferred), record.id).toHaveLength(1);
  });
});
