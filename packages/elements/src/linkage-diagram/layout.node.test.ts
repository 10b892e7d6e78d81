import { describe, expect, it } from 'vitest';
import { countCrossings, countOverlaps, layout, type LayoutEdgeInput, type LayoutNodeInput, type LayoutResult, type Rect } from './layout.js';

/** Seeded PRNG (mulberry32) so random graphs are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n nodes, m edges between random endpoints (so cycles, parallel edges and self-loops occur). */
function randomGraph(n: number, m: number, seed: number) {
  const r = mulberry32(seed);
  const int = (k: number) => Math.floor(r() * k);
  const nodes: LayoutNodeInput[] = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 50 + int(90), height: 24 + int(24) }));
  const edges: LayoutEdgeInput[] = Array.from({ length: m }, (_, i) => ({
    id: `e${i}`,
    from: `n${int(n)}`,
    to: `n${int(n)}`,
    width: 30 + int(80),
    height: 16 + int(10),
  }));
  return { nodes, edges, r };
}

function shuffle<T>(list: readonly T[], r: () => number): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const inside = (r: Rect, res: LayoutResult) => r.x >= -0.01 && r.y >= -0.01 && r.x + r.width <= res.width + 0.01 && r.y + r.height <= res.height + 0.01;
const node = (id: string): LayoutNodeInput => ({ id, width: 100, height: 30 });
const edge = (id: string, from: string, to: string): LayoutEdgeInput => ({ id, from, to, width: 60, height: 18 });
const labelsOverlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every route starts on the border of its `from` node and ends on the border of its `to` node. */
function expectAttached(res: LayoutResult) {
  const byId = new Map(res.nodes.map((n) => [n.id, n]));
  const onBorder = (p: { x: number; y: number }, r: Rect) =>
    p.x >= r.x - 0.01 && p.x <= r.x + r.width + 0.01 && p.y >= r.y - 0.01 && p.y <= r.y + r.height + 0.01 &&
    (Math.abs(p.x - r.x) < 0.01 || Math.abs(p.x - r.x - r.width) < 0.01 || Math.abs(p.y - r.y) < 0.01 || Math.abs(p.y - r.y - r.height) < 0.01);
  for (const e of res.edges) {
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(onBorder(e.points[0]!, byId.get(e.from)!), `${e.id} starts on ${e.from}`).toBe(true);
    expect(onBorder(e.points.at(-1)!, byId.get(e.to)!), `${e.id} ends on ${e.to}`).toBe(true);
    for (const p of e.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  }
}

describe('layout', () => {
  it('is deterministic: two runs are deep-equal', () => {
    const { nodes, edges } = randomGraph(40, 80, 7);
    expect(layout(nodes, edges, { width: 900 })).toEqual(layout(nodes, edges, { width: 900 }));
    expect(layout(nodes, edges)).toEqual(layout(nodes, edges));
  });

  it('does not depend on input order', () => {
    for (const seed of [1, 2, 3]) {
      const { nodes, edges, r } = randomGraph(30, 60, seed);
      const a = layout(nodes, edges, { width: 1000 });
      const b = layout(shuffle(nodes, r), shuffle(edges, r), { width: 1000 });
      expect(b).toEqual(a);
    }
  });

  it('handles the empty graph and a single node', () => {
    const empty = layout([], []);
    expect(empty.nodes).toEqual([]);
    expect(empty.edges).toEqual([]);
    expect(empty.width).toBe(0);
    expect(empty.height).toBe(0);
    const one = layout([node('a')], [], { width: 500 });
    expect(one.nodes).toEqual([{ id: 'a', x: 0, y: 0, width: 100, height: 30 }]);
    expect(one).toMatchObject({ width: 100, height: 30, scale: 1 });
  });

  it('ignores edges to unknown nodes and duplicate ids', () => {
    const res = layout([node('a'), node('b'), node('a')], [edge('x', 'a', 'b'), edge('y', 'a', 'zz'), edge('x', 'b', 'a')]);
    expect(res.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(res.edges.map((e) => [e.id, e.from, e.to])).toEqual([['x', 'a', 'b']]);
  });

  it('puts ranks in edge direction on an acyclic chain', () => {
    const res = layout([node('a'), node('b'), node('c')], [edge('1', 'a', 'b'), edge('2', 'b', 'c')], { direction: 'horizontal' });
    const [a, b, c] = res.nodes;
    expect(res.vertical).toBe(false);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(res.edges.every((e) => !e.reversed)).toBe(true);
    expect(countCrossings(res)).toBe(0);
    expectAttached(res);
  });

  it('lays out 2-cycles, 3-cycles and self-loops', () => {
    const nodes = ['a', 'b', 'c', 'd'].map(node);
    const edges = [edge('ab', 'a', 'b'), edge('ba', 'b', 'a'), edge('bc', 'b', 'c'), edge('cd', 'c', 'd'), edge('db', 'd', 'b'), edge('cc', 'c', 'c'), edge('cc2', 'c', 'c')];
    for (const direction of ['horizontal', 'vertical'] as const) {
      const res = layout(nodes, edges, { direction });
      expect(res.edges.filter((e) => e.reversed).length).toBeGreaterThanOrEqual(2); // one per cycle
      expect(res.edges.filter((e) => e.loop).map((e) => e.id)).toEqual(['cc', 'cc2']);
      expect(countOverlaps(res)).toBe(0);
      expectAttached(res);
      for (const e of res.edges) expect(inside(e.label, res)).toBe(true);
      for (const n of res.nodes) expect(inside(n, res)).toBe(true);
    }
  });

  it('gives parallel and opposite edges distinct, non-overlapping labels', () => {
    const edges = [edge('p1', 'a', 'b'), edge('p2', 'a', 'b'), edge('p3', 'a', 'b'), edge('q1', 'b', 'a'), edge('q2', 'b', 'a')];
    for (const direction of ['horizontal', 'vertical'] as const) {
      const res = layout([node('a'), node('b')], edges, { direction });
      const labels = res.edges.map((e) => e.label);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) expect(labelsOverlap(labels[i]!, labels[j]!), `${res.edges[i]!.id}/${res.edges[j]!.id}`).toBe(false);
      expect(countOverlaps(res)).toBe(0);
      // routes leave and enter at distinct points
      expect(new Set(res.edges.map((e) => `${e.points[0]!.x},${e.points[0]!.y}`)).size).toBe(5);
      expect(countCrossings(res)).toBe(0);
      expectAttached(res);
    }
  });

  it('has no overlapping nodes or labels on random graphs', () => {
    for (const [n, seed] of [[5, 1], [12, 2], [25, 3], [60, 4], [120, 5]] as const) {
      const { nodes, edges } = randomGraph(n, 2 * n, seed);
      for (const width of [390, 1280, undefined]) {
        const res = layout(nodes, edges, { width });
        expect(countOverlaps(res), `n=${n} width=${width}`).toBe(0);
        expect(res.nodes).toHaveLength(n);
        expect(res.edges).toHaveLength(2 * n);
        expectAttached(res);
        for (const r of [...res.nodes, ...res.edges.map((e) => e.label)]) expect(inside(r, res)).toBe(true);
      }
    }
  });

  it('reduces crossings compared with the input order', () => {
    // two layers wired in reverse order: a good order has no crossings
    const top = ['a', 'b', 'c', 'd'].map(node);
    const bottom = ['w', 'x', 'y', 'z'].map(node);
    const edges = [edge('1', 'a', 'z'), edge('2', 'b', 'y'), edge('3', 'c', 'x'), edge('4', 'd', 'w')];
    expect(countCrossings(layout([...top, ...bottom], edges))).toBe(0);
  });

  it('fits the width: horizontal when it fits, vertical and wrapped when narrow', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map(node);
    const edges = [edge('1', 'a', 'b'), edge('2', 'a', 'c'), edge('3', 'a', 'd'), edge('4', 'a', 'e'), edge('5', 'a', 'f'), edge('6', 'b', 'c')];
    const wide = layout(nodes, edges, { width: 1280 });
    expect(wide.vertical).toBe(false);
    expect(wide.width).toBeLessThanOrEqual(1280);
    expect(wide.scale).toBe(1);
    const narrow = layout(nodes, edges, { width: 390 });
    expect(narrow.vertical).toBe(true);
    expect(narrow.width).toBeLessThanOrEqual(390);
    expect(narrow.scale).toBe(1);
    expect(countOverlaps(narrow)).toBe(0);
    // too narrow for one node: scaled
    const tiny = layout(nodes, edges, { width: 60 });
    expect(tiny.scale).toBeCloseTo(60 / tiny.width);
  });

  it('measures labels with the callback when no size is given', () => {
    const measure = (text: string, kind: 'node' | 'edge') => ({ width: text.length * 10, height: kind === 'node' ? 40 : 20 });
    const res = layout([{ id: 'a', label: 'Alpha' }, { id: 'b' }], [{ id: 'x', from: 'a', to: 'b', label: 'link' }], { measure });
    expect(res.nodes.map((n) => [n.width, n.height])).toEqual([[50, 40], [10, 40]]);
    expect([res.edges[0]!.label.width, res.edges[0]!.label.height].sort()).toEqual([20, 40].sort());
  });

  it('counts crossings and overlaps', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(countOverlaps({ nodes: [a, { x: 5, y: 5, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }], edges: [{ label: { x: 1, y: 1, width: 0, height: 0 } }] })).toBe(1);
    const seg = (x1: number, y1: number, x2: number, y2: number) => ({ points: [{ x: x1, y: y1 }, { x: x2, y: y2 }] });
    expect(countCrossings({ edges: [seg(0, 0, 10, 10), seg(0, 10, 10, 0), seg(20, 0, 20, 10)] })).toBe(1);
    expect(countCrossings({ edges: [seg(0, 0, 10, 10), seg(10, 10, 20, 0)] })).toBe(0);
  });

  it('keeps edges short and crossings few on a fixed seeded graph (not a timing test)', () => {
    const { nodes, edges } = randomGraph(200, 400, 11);
    const res = layout(nodes, edges);
    // A route gets two points per rank it passes (the dummy nodes of long edges). Longest-path layering
    // without group moves gave 14272 points and 4660 crossings here; with them about 10000 and 3900
    // (24 barycenter sweeps and transposition while it helped); 6 sweeps and a transposition that
    // also swaps neutral neighbours give 3599.
    const points = res.edges.reduce((s, e) => s + e.points.length, 0);
    expect(points).toBeLessThan(11000);
    expect(countCrossings(res)).toBeLessThan(3700);
    expect(countOverlaps(res)).toBe(0);
  });

  it('tries several initial orders on small graphs: deterministic, input-order free, fewer crossings', () => {
    // 10 nodes, 20 edges (with self-loops and parallel edges). The earlier crossing reduction (one initial
    // order, 24 sweeps, transposition while it helped) gave 1, 5, 3, 8 and 6 crossings.
    const got = [1, 2, 3, 4, 5].map((seed) => {
      const { nodes, edges, r } = randomGraph(10, 20, seed);
      const res = layout(nodes, edges);
      expect(layout(shuffle(nodes, r), shuffle(edges, r))).toEqual(res);
      expect(countOverlaps(res)).toBe(0);
      return countCrossings(res);
    });
    expect(got.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(16);
  });

  it('draws the linkage graph of the dataset with few crossings at every width', () => {
    // The dataset's 12 issues and 22 linkages (as in the benchmark), boxes 7 px per character + 16 × 24.
    const box = (text: string) => ({ label: text, width: text.length * 7 + 16, height: 24 });
    const nodes = REAL_NODES.map(([id, name]) => ({ id, ...box(name) }));
    const edges = REAL_EDGES.map(([id, from, to, mechanism]) => ({ id, from, to, ...box(mechanism) }));
    // The earlier crossing reduction gave 12, 12, 5, 3 and 6 crossings (dagre gives 1 unbounded, with
    // another layering).
    for (const [width, most] of [[undefined, 3], [378, 3], [628, 2], [1012, 1], [1268, 0]] as const) {
      const res = layout(nodes, edges, { width });
      expect(countOverlaps(res)).toBe(0);
      expectAttached(res);
      expect(countCrossings(res), `width ${width}`).toBeLessThanOrEqual(most);
    }
  });

  // Speed is measured by `pnpm bench` (bench/src/layout-bench.ts), not asserted here.
  it('lays out a 1000-node, 2000-edge graph with no overlaps and every route attached', () => {
    const { nodes, edges } = randomGraph(1000, 2000, 11);
    const res = layout(nodes, edges);
    expect(res.nodes).toHaveLength(1000);
    expect(countOverlaps(res)).toBe(0);
    expectAttached(res);
  });
});

/** The linkage graph of @arms-control/data when this test was written: [id, name] and [id, from, to, mechanism]. */
const REAL_NODES: [string, string][] = [
  ['arms-control-compliance', 'Arms-control compliance disputes'],
  ['intermediate-range-missiles', 'Intermediate-range missiles (INF)'],
  ['iran-nuclear-program', 'Iran’s nuclear program'],
  ['missile-defense-cooperation', 'U.S./NATO–Russia missile-defense cooperation'],
  ['missile-defense-europe', 'U.S. missile defense in Europe'],
  ['missile-defense-guarantees', 'Legal guarantees on missile defense'],
  ['offense-defense-relationship', 'Offense–defense relationship'],
  ['russian-military-countermeasures', 'Russian military countermeasures'],
  ['strategic-offensive-arms', 'Strategic offensive arms (START)'],
  ['third-country-arsenals', 'Third-country nuclear arsenals'],
  ['ukraine-crimea', 'Ukraine and Crimea'],
  ['us-strategic-missile-defense', 'U.S. strategic missile defense (SDI, national missile defense)'],
];
const REAL_EDGES: [string, string, string, string][] = [
  ['russia-start-ii-for-abm-preservation-2000', 'strategic-offensive-arms', 'us-strategic-missile-defense', 'precondition'],
  ['us-european-sites-for-iran-pressure-2009', 'missile-defense-europe', 'iran-nuclear-program', 'exchange'],
  ['russia-iskander-threat-over-missile-defense', 'russian-military-countermeasures', 'missile-defense-europe', 'threat'],
  ['russia-new-start-return-for-us-ukraine-policy-2023', 'strategic-offensive-arms', 'ukraine-crimea', 'precondition'],
  ['us-abm-limits-for-offensive-limits-1972', 'us-strategic-missile-defense', 'strategic-offensive-arms', 'exchange'],
  ['soviet-inf-deal-for-sdi-limits-1986', 'intermediate-range-missiles', 'us-strategic-missile-defense', 'precondition'],
  ['soviet-strategic-cuts-for-sdi-limits-1986', 'strategic-offensive-arms', 'us-strategic-missile-defense', 'precondition'],
  ['soviet-start-i-withdrawal-right-over-abm-1991', 'strategic-offensive-arms', 'us-strategic-missile-defense', 'threat'],
  ['russia-radar-offer-for-third-site-2007', 'missile-defense-cooperation', 'missile-defense-europe', 'exchange'],
  ['russia-countermeasures-threat-third-site-2008', 'russian-military-countermeasures', 'missile-defense-europe', 'threat'],
  ['russia-start-renewal-for-missile-defense-2009', 'strategic-offensive-arms', 'missile-defense-europe', 'exchange'],
  ['russia-new-start-withdrawal-over-missile-defense-2010', 'strategic-offensive-arms', 'missile-defense-europe', 'threat'],
  ['russia-countermeasures-for-legal-guarantees-2011', 'russian-military-countermeasures', 'missile-defense-guarantees', 'threat'],
  ['us-suspends-missile-defense-talks-over-crimea-2014', 'missile-defense-cooperation', 'ukraine-crimea', 'sanction'],
  ['russia-cooperation-for-legal-guarantees-2014', 'missile-defense-cooperation', 'missile-defense-guarantees', 'precondition'],
  ['russia-inf-counter-charge-aegis-ashore-2014', 'arms-control-compliance', 'missile-defense-europe', 'exchange'],
  ['us-inf-adherence-for-9m729-compliance-2018', 'intermediate-range-missiles', 'arms-control-compliance', 'threat'],
  ['us-new-start-future-for-china-inclusion-2019', 'strategic-offensive-arms', 'third-country-arsenals', 'precondition'],
  ['russia-arms-control-for-uk-france-arsenals-2019', 'strategic-offensive-arms', 'third-country-arsenals', 'precondition'],
  ['us-new-start-countermeasures-for-compliance-2023', 'strategic-offensive-arms', 'arms-control-compliance', 'sanction'],
  ['russia-new-start-limits-offer-for-reciprocity-2025', 'strategic-offensive-arms', 'offense-defense-relationship', 'inducement'],
  ['us-new-start-successor-for-china-inclusion-2026', 'strategic-offensive-arms', 'third-country-arsenals', 'precondition'],
];
