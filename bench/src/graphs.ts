/**
 * Seeded random graphs and layout-quality measures that treat every layout library alike: they
 * see only the output coordinates (node rectangles, edge polylines, label rectangles).
 *
 * The counters are written here on purpose instead of reusing the ones in our layout module: the
 * benchmark must not grade our layout with our layout's own ruler.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point {
  width: number;
  height: number;
}
export interface BenchNode {
  id: string;
  label: string;
  width: number;
  height: number;
}
export interface BenchEdge {
  id: string;
  from: string;
  to: string;
  /** Label text and box size; absent: the edge has no label. */
  label?: { text: string; width: number; height: number };
}
export interface BenchGraph {
  name: string;
  nodes: BenchNode[];
  edges: BenchEdge[];
}
/** What every adapter returns: boxes by their top-left corner, edges as polylines. */
export interface Drawing {
  nodes: Rect[];
  edges: { points: Point[]; label?: Rect }[];
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; same seed, same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text width as our components and the adapters assume it: 7 px per character plus padding. */
export const textBox = (text: string) => ({ width: text.length * 7 + 16, height: 24 });

/**
 * A random directed graph with `n` nodes and `2n` distinct edges, no self-loops, with cycles:
 * node labels of 3–14 characters (so boxes differ in width), edges between uniformly random pairs
 * in random direction (a random graph this dense is cyclic; we check it).
 */
export function randomGraph(n: number, seed = 20260525): BenchGraph {
  const rnd = prng(seed ^ n);
  const nodes: BenchNode[] = Array.from({ length: n }, (_, i) => {
    const label = `n${i}`.padEnd(3 + Math.floor(rnd() * 12), '·');
    return { id: `n${i}`, label, ...textBox(label) };
  });
  const edges: BenchEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < 2 * n) {
    const a = Math.floor(rnd() * n);
    const b = Math.floor(rnd() * n);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    edges.push({ id: `e${edges.length}`, from: `n${a}`, to: `n${b}` });
  }
  if (!hasCycle(nodes, edges)) throw new Error(`random graph of ${n} nodes has no cycle; change the seed`);
  return { name: `random ${n} nodes / ${edges.length} edges`, nodes, edges };
}

/** Whether a directed graph has a cycle (Kahn: some node never reaches in-degree zero). */
export function hasCycle(nodes: readonly { id: string }[], edges: readonly { from: string; to: string }[]): boolean {
  const indeg = new Map(nodes.map((x) => [x.id, 0]));
  const out = new Map<string, string[]>(nodes.map((x) => [x.id, []]));
  for (const e of edges) indeg.set(e.to, indeg.get(e.to)! + 1), out.get(e.from)!.push(e.to);
  const queue = [...indeg].filter(([, d]) => d === 0).map(([id]) => id);
  let seen = 0;
  while (queue.length) {
    seen++;
    for (const y of out.get(queue.pop()!)!) if (indeg.set(y, indeg.get(y)! - 1).get(y) === 0) queue.push(y);
  }
  return seen < nodes.length;
}

/**
 * Crossings between edges drawn as polylines: pairs of segments of two different edges that
 * cross in both segments' interiors (touching at a shared endpoint or port is not a crossing;
 * collinear overlaps are not counted). Two edges crossing three times count three.
 */
export function crossings(d: Drawing): number {
  type Seg = { x0: number; y0: number; x1: number; y1: number; lo: number; hi: number; e: number };
  const segs: Seg[] = [];
  d.edges.forEach((edge, e) => {
    for (let k = 1; k < edge.points.length; k++) {
      let p = edge.points[k - 1]!;
      let q = edge.points[k]!;
      if (p.x > q.x) [p, q] = [q, p];
      if (p.x === q.x && p.y === q.y) continue;
      segs.push({ x0: p.x, y0: p.y, x1: q.x, y1: q.y, lo: Math.min(p.y, q.y), hi: Math.max(p.y, q.y), e });
    }
  });
  segs.sort((a, b) => a.x0 - b.x0);
  const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => {
    const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    const tol = 1e-7 * (Math.abs(bx - ax) + Math.abs(by - ay)) * (Math.abs(cx - ax) + Math.abs(cy - ay));
    return v > tol ? 1 : v < -tol ? -1 : 0;
  };
  let count = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    for (let j = i + 1; j < segs.length; j++) {
      const t = segs[j]!;
      if (t.x0 > s.x1) break;
      if (t.e === s.e || t.hi < s.lo || t.lo > s.hi) continue;
      if (
        orient(s.x0, s.y0, s.x1, s.y1, t.x0, t.y0) * orient(s.x0, s.y0, s.x1, s.y1, t.x1, t.y1) < 0 &&
        orient(t.x0, t.y0, t.x1, t.y1, s.x0, s.y0) * orient(t.x0, t.y0, t.x1, t.y1, s.x1, s.y1) < 0
      )
        count++;
    }
  }
  return count;
}

/** Pairs of rectangles (nodes and edge labels with an area) whose interiors overlap by more than 0.5 px. */
export function overlaps(d: Drawing): number {
  const boxes = [...d.nodes, ...d.edges.flatMap((e) => (e.label && e.label.width > 0 && e.label.height > 0 ? [e.label] : []))];
  boxes.sort((a, b) => a.x - b.x);
  const slack = 0.5;
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (b.x >= a.x + a.width - slack) break;
      if (b.y < a.y + a.height - slack && a.y < b.y + b.height - slack) count++;
    }
  }
  return count;
}
