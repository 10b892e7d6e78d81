/**
 * A small layered (Sugiyama-style) layout for directed graphs with labelled edges.
 * Pure and deterministic: no DOM, no randomness, ties broken by id.
 *
 * Steps: cycle removal (greedy feedback arc set, Eades–Lin–Smyth; reversed edges are marked),
 * layering (longest path, then sources/sinks pulled towards their neighbours, optionally
 * width-bounded), a dummy node on every rank an edge passes (edge labels are dummies of their
 * own rank, so labels never overlap nodes or each other), crossing reduction (barycenter
 * sweeps from a depth-first order, keeping the best order seen, then transposition of neighbours,
 * which also swaps neighbours that cross equally often either way, so that nodes drift past neutral
 * neighbours; a small graph tries eight depth-first orders and keeps the best), and coordinates by
 * isotonic regression per rank (pool adjacent violators), which keeps the order, the gaps and
 * straight long edges.
 *
 * Each sweep and pass is linear in the nodes and dummies (sorting aside), group moves take at
 * most 40 nodes, and the numbers of sweeps, passes and moves are bounded: the time grows about
 * linearly with nodes and dummies. Hot per-node numbers live in typed arrays, whose shapes never
 * change, so that engines keep the code optimised from one call to the next; the hot paths
 * build no objects with spreads (slow in V8).
 *
 * Coordinates are computed on two abstract axes, `u` across ranks and `v` along them, then
 * mapped to x/y: horizontal (ranks left to right) when it fits the width, vertical otherwise.
 */

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
/** A rectangle by its top-left corner. */
export interface Rect extends Point, Size {}

export interface LayoutNodeInput {
  id: string;
  /** Text measured with `measure` when no size is given. */
  label?: string;
  width?: number;
  height?: number;
}
export interface LayoutEdgeInput {
  id: string;
  from: string;
  to: string;
  /** Text measured with `measure` when no size is given; no label and no size: no label box. */
  label?: string;
  width?: number;
  height?: number;
}
export interface LayoutOptions {
  /** Available width; the horizontal orientation is used only when it fits. */
  width?: number;
  /** `auto` (default): horizontal if it fits `width`, else vertical with ranks wrapped to the width. */
  direction?: 'auto' | 'horizontal' | 'vertical';
  /** Measures a node's or an edge's label when the input gives no size. */
  measure?: (text: string, kind: 'node' | 'edge') => Size;
  /** Space between boxes on a rank (default 20). */
  nodeGap?: number;
  /** Space between ranks (default 24). */
  rankGap?: number;
}
export interface NodeBox extends Rect {
  id: string;
}
export interface EdgeRoute {
  id: string;
  from: string;
  to: string;
  /**
   * From `from` to `to`. Draw each segment as a cubic curve whose control points sit halfway
   * along the rank axis (y when vertical, x when horizontal): curves then never leave the gap
   * between ranks, and straight segments stay straight.
   */
  points: Point[];
  /** The label box, centred on the route (zero size when the edge has no label). */
  label: Rect;
  /** The edge runs against the rank direction (it closes a cycle). */
  reversed: boolean;
  /** A self-loop, drawn beside its node. */
  loop: boolean;
}
export interface LayoutResult extends Size {
  /** Ranks run top to bottom (true) or left to right (false). */
  vertical: boolean;
  /** Factor to draw at so the result fits the available width (1 when it fits). */
  scale: number;
  nodes: NodeBox[];
  edges: EdgeRoute[];
}

type Sized = { id: string; label?: string; width?: number; height?: number };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const uniq = <T extends { id: string }>(list: readonly T[]): T[] => {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.id) && !!seen.add(x.id)).sort(byId);
};
const max = Math.max;
const min = Math.min;

/** Lays out a graph; see the module comment. Sizes the input leaves out are measured (`o.measure`) or estimated from the text. */
export function layout(
  nodeList: readonly LayoutNodeInput[],
  edgeList: readonly LayoutEdgeInput[],
  o: LayoutOptions = {},
): LayoutResult {
  const size = (x: Sized, node: boolean): Size => {
    if (x.width != null && x.height != null) return x as Size;
    const text = x.label ?? (node ? x.id : '');
    const m = o.measure?.(text, node ? 'node' : 'edge');
    return { width: x.width ?? m?.width ?? (text ? text.length * 7 + 16 : 0), height: x.height ?? m?.height ?? (text ? 24 : 0) };
  };
  // (new objects of one shape, built without spreads, which are slow here)
  return layoutSized(
    nodeList.map((x) => {
      const { width, height } = size(x, true);
      return { id: x.id, width, height };
    }),
    edgeList.map((e) => {
      const { width, height } = size(e, false);
      return { id: e.id, from: e.from, to: e.to, width, height };
    }),
    o,
  );
}

/** `layout` for input that gives every size (as the diagram does), without the measuring code. */
export function layoutSized(
  nodeList: readonly (LayoutNodeInput & Size)[],
  edgeList: readonly (LayoutEdgeInput & Size)[],
  o: LayoutOptions = {},
): LayoutResult {
  const W = (o.width as number) > 0 ? (o.width as number) : Infinity;
  const gapN = o.nodeGap ?? 20;
  const gapR = o.rankGap ?? 24;
  const nodes = uniq(nodeList);
  const index = new Map(nodes.map((x, i) => [x.id, i]));
  const edges = uniq(edgeList).filter((e) => index.has(e.from) && index.has(e.to));
  const n = nodes.length;
  const E = edges.length;
  const from = edges.map((e) => index.get(e.from)!);
  const to = edges.map((e) => index.get(e.to)!);
  const lists = (k = n) => Array.from({ length: k }, (): number[] => []);
  const loops = lists();
  const out = lists();
  const inn = lists();
  edges.forEach((_, e) => {
    if (from[e] === to[e]) loops[from[e]!]!.push(e);
    else out[from[e]!]!.push(to[e]!), inn[to[e]!]!.push(from[e]!);
  });

  // Cycle removal: greedy feedback arc set. Sinks go last, sources first, else the node with
  // the largest out-minus-in degree; edges against the resulting order are reversed.
  const outDeg = out.map((l) => l.length);
  const inDeg = inn.map((l) => l.length);
  const done = new Uint8Array(n);
  const sinks: number[] = [];
  const sources: number[] = [];
  for (let x = n; x--; ) sinks.push(x), sources.push(x);
  const head: number[] = [];
  const tail: number[] = [];
  const take = (x: number, list: number[]) => {
    list.push(x);
    done[x] = 1;
    for (const y of out[x]!) if (!done[y] && !--inDeg[y]!) sources.push(y);
    for (const y of inn[x]!) if (!done[y] && !--outDeg[y]!) sinks.push(y);
  };
  const pick = (stack: number[], deg: number[]) => {
    while (stack.length) {
      const y = stack.pop()!;
      if (!done[y] && !deg[y]) return y;
    }
    return -1;
  };
  while (head.length + tail.length < n) {
    let x = pick(sinks, outDeg);
    if (x >= 0) {
      take(x, tail);
      continue;
    }
    x = pick(sources, inDeg);
    if (x < 0) {
      let best = -Infinity;
      for (let y = 0; y < n; y++) if (!done[y] && outDeg[y]! - inDeg[y]! > best) best = outDeg[y]! - inDeg[y]!, x = y;
    }
    take(x, head);
  }
  const order = head.concat(tail.reverse());
  const place = new Int32Array(n);
  order.forEach((x, i) => (place[x] = i));
  const rev = edges.map((_, e) => place[from[e]!]! > place[to[e]!]!);
  const top = from.map((a, e) => (rev[e] ? to[e]! : a));
  const bottom = to.map((b, e) => (rev[e] ? from[e]! : b));
  const dagIn = lists();
  const dagOut = lists();
  edges.forEach((_, e) => from[e] !== to[e] && (dagOut[top[e]!]!.push(e), dagIn[bottom[e]!]!.push(e)));

  const build = (vertical: boolean, available: number): LayoutResult | null => {
    const uSize = (s: Size) => (vertical ? s.width : s.height);
    const vSize = (s: Size) => (vertical ? s.height : s.width);
    // Sizes on the two axes: a node is at least wide enough to spread its edges' ends 10 apart,
    // and one with self-loops reserves room for them beside it.
    const bu = Float64Array.from(nodes, (x, i) => max(uSize(x), 10 * max(dagIn[i]!.length, dagOut[i]!.length)));
    const bv = Float64Array.from(nodes, vSize);
    const lu = Float64Array.from(edges, uSize);
    const lv = Float64Array.from(edges, vSize);
    const sn = bu.slice();
    const sv = bv.slice();
    loops.forEach((l, x) => {
      if (!l.length) return;
      sn[x]! += 10 + max(...l.map((e) => lu[e]!));
      sv[x] = max(bv[x]!, l.reduce((s, e) => s + lv[e]! + 4, -4));
    });

    // Layering: longest path, width-bounded when vertical; then a node with more edges on one
    // side moves as far as it can towards that side (shorter edges, fewer dummies). Wrapping
    // ranks to the width is given up (for scaling) when it would more than double them.
    const rank = new Int32Array(n);
    const layering = (cap: number) => {
      // room used on each rank; ranks run from -n to 2n while nodes move (then start at 0 again)
      const used = new Float64Array(3 * n + 1);
      const fits = (x: number, k: number) => !used[k + n] || used[k + n]! + sn[x]! + gapN <= cap;
      const put = (x: number, k: number, w = 1) => {
        used[k + n]! += w * (sn[x]! + gapN);
        rank[x] = k;
      };
      for (const x of order) {
        let k = 0;
        for (const e of dagIn[x]!) k = max(k, rank[top[e]!]! + 1);
        while (!fits(x, k)) k++;
        put(x, k);
      }
      // Group moves (promotion, after Nikolov & Tarassov): a node moves one rank towards its side
      // with more edges, taking along the neighbours it would reach or pass; kept when the edges get
      // shorter in total (fewer dummies, fewer crossings) and every moved node fits its new rank.
      // Groups of over 40 nodes are not tried: they seldom pay, and they made this quadratic.
      const mark = new Int32Array(n);
      const moved = new Int32Array(n);
      const stack = new Int32Array(n + E);
      let stamp = 0;
      const shift = (x: number, d: number) => {
        let m = 0;
        let sp = 0;
        let gain = 0;
        stack[sp++] = x;
        stamp++;
        while (sp && m < 40) {
          const y = stack[--sp]!;
          if (mark[y] === stamp) continue;
          mark[y] = stamp;
          moved[m++] = y;
          put(y, rank[y]!, -1);
          rank[y]! += d;
          gain += d * (dagOut[y]!.length - dagIn[y]!.length);
          for (const e of d > 0 ? dagOut[y]! : dagIn[y]!) {
            const z = d > 0 ? bottom[e]! : top[e]!;
            if (mark[z] !== stamp && (rank[z]! - rank[y]!) * d <= 0) stack[sp++] = z;
          }
        }
        let ok = gain > 0 && !sp;
        for (let i = 0; i < m; i++) (ok = fits(moved[i]!, rank[moved[i]!]!) && ok), put(moved[i]!, rank[moved[i]!]!);
        if (!ok)
          while (m) {
            const y = moved[--m]!;
            put(y, rank[y]!, -1);
            put(y, rank[y]! - d);
          }
        return ok;
      };
      for (let it = 0, better = 1; better && it < 30; it++) {
        better = 0;
        for (const x of order) {
          // (a node with as many edges on each side stays)
          const d = Math.sign(dagOut[x]!.length - dagIn[x]!.length);
          while (d && shift(x, d)) better = 1;
        }
      }
      const low = min(...rank); // (no nodes: nothing to shift)
      rank.forEach((r, x) => (rank[x] = r - low));
      return max(-1, ...rank) + 1;
    };
    let R = layering(Infinity);
    let cap = Infinity;
    if (vertical && sn.reduce((s, w) => s + w + gapN, 0) <= max(R, 8) * available) R = layering((cap = available));

    // Each edge's label sits in the gap at the middle of its span; when vertical and bounded,
    // a gap whose labels do not fit the width gets more label ranks.
    const labelGap = edges.map((_, e) => rank[top[e]!]! + ((rank[bottom[e]!]! - rank[top[e]!]! - 1) >> 1));
    const labelled = edges.some((_, e) => from[e] !== to[e] && lu[e]! * lv[e]! > 0);
    const subRanks = new Array<number>(R).fill(+labelled);
    const sub = edges.map(() => 0);
    if (labelled && cap < Infinity) {
      const row = new Array<number>(R).fill(0);
      const total = row.slice();
      edges.forEach((_, e) => (total[labelGap[e]!]! += lu[e]! + 12));
      edges.forEach((_, e) => {
        const g = labelGap[e]!;
        const w = lu[e]! + 12;
        if (from[e] === to[e] || total[g]! > 16 * cap) return;
        if (row[g]! && row[g]! + w > cap) subRanks[g]!++, (row[g] = 0);
        sub[e] = subRanks[g]! - 1;
        row[g]! += w;
      });
    }
    const fine: number[] = [0];
    for (let g = 0; g < R; g++) fine.push(fine[g]! + subRanks[g]! + 1);

    // Rank depths and positions along the rank axis; horizontal gives up here if too wide.
    const L = n ? fine[R - 1]! + 1 : 0;
    const depth = new Float64Array(L);
    const labelLevel = edges.map((_, e) => (labelled ? fine[labelGap[e]!]! + 1 + sub[e]! : -1));
    rank.forEach((r, x) => (depth[fine[r]!] = max(depth[fine[r]!]!, sv[x]!)));
    edges.forEach((_, e) => labelled && from[e] !== to[e] && (depth[labelLevel[e]!] = max(depth[labelLevel[e]!]!, lv[e]!)));
    const vTop = new Float64Array(L);
    let extent = -gapR;
    for (let l = 0; l < L; l++) (vTop[l] = extent + gapR), (extent += depth[l]! + gapR);
    extent = max(extent, 0);
    if (!vertical && extent > available) return null;

    // Dummy nodes: one per rank an edge crosses; the one on its label rank carries the label. An
    // edge's dummies are numbered on from first[e], and a dummy's neighbour lists are created with
    // their one entry, in numbering order (arrays grown by push would waste memory).
    const first = new Int32Array(E);
    const level = [...rank].map((r) => fine[r]!);
    const su = [...sn];
    const up = lists();
    const dn = lists();
    const link = (p: number, d: number) => {
      if (p < n) dn[p]!.push(d);
      else dn[p] = [d];
      if (d < n) up[d]!.push(p);
      else up[d] = [p];
    };
    edges.forEach((_, e) => {
      const a = top[e]!;
      const b = bottom[e]!;
      first[e] = level.length;
      if (a === b) return;
      let p = a;
      for (let f = level[a]! + 1; f < level[b]!; f++) {
        const d = level.push(f) - 1;
        su.push(f === labelLevel[e] ? lu[e]! : 0);
        link(p, d);
        p = d;
      }
      link(p, b);
    });
    const N = level.length;
    // The chain node after an edge's top (side 0) or before its bottom (side 1).
    const hop = (e: number, side: number) => {
      const k = level[bottom[e]!]! - level[top[e]!]! - 1;
      return k ? first[e]! + side * (k - 1) : side ? top[e]! : bottom[e]!;
    };

    // Crossing reduction from a depth-first order (from several when the graph is small; the best
    // result is kept): barycenter sweeps down and up, keeping the best order seen, then transposition.
    const small = N < 100;
    const layers: number[][] = [];
    const ord = new Int32Array(N);
    const restore = (o: Int32Array) => {
      ord.set(o);
      for (const l of layers) for (const x of l.slice()) l[o[x]!] = x;
    };
    // Barycenter sweep of one rank; a typed-array sort of (key, old position) keeps it fast and stable.
    const sweep = (l: number, adj: number[][], other: number) => {
      const layer = layers[l]!;
      const m = layer.length;
      const old = layer.slice();
      const k = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        const a = adj[layer[i]!]!;
        let s = 0;
        for (const y of a) s += ord[y]!;
        k[i] = Math.round((a.length ? s / a.length : (i * layers[other]!.length) / m) * 1024) * 65536 + i;
      }
      k.sort();
      for (let i = 0; i < m; i++) ord[(layer[i] = old[k[i]! & 65535]!)] = i;
    };
    // Crossings between consecutive ranks: inversions counted with a Fenwick tree, O(E log E).
    const tree = new Int32Array(N + 1);
    const crossings = () => {
      let c = 0;
      for (let l = 1; l < L; l++) {
        const m = layers[l]!.length;
        tree.fill(0, 0, m + 1);
        let seen = 0;
        for (const x of layers[l - 1]!) {
          for (const y of dn[x]!) {
            c += seen;
            for (let i = ord[y]! + 1; i; i -= i & -i) c -= tree[i]!;
          }
          for (const y of dn[x]!) {
            seen++;
            for (let i = ord[y]! + 1; i <= m; i += i & -i) tree[i]!++;
          }
        }
      }
      return c;
    };
    const side = (a: number[], b: number[]) => {
      let c = 0;
      for (const p of a) for (const q of b) c += Math.sign(ord[p]! - ord[q]!);
      return c;
    };
    // Crossings of x before y minus those of y before x.
    const pairCrossings = (x: number, y: number) => side(up[x]!, up[y]!) + side(dn[x]!, dn[y]!);
    // Transposition: neighbours on a rank swap when that saves crossings or costs none (which lets a
    // node drift past neutral neighbours).
    const transpose = () => {
      for (const layer of layers)
        for (let i = 1; i < layer.length; i++) {
          const x = layer[i - 1]!;
          const y = layer[i]!;
          if (pairCrossings(x, y) >= 0) (ord[(layer[i - 1] = y)] = i - 1), (ord[(layer[i] = x)] = i);
        }
    };
    let best = ord;
    let fewest = Infinity;
    for (let start = 0; start < (small ? 8 : 1); start++) {
      // Initial order: depth-first from the nodes in cycle-removal order, or in reverse, downwards or
      // upwards, children first or last.
      const adj = start & 2 ? up : dn;
      ord.fill(-1);
      for (let l = 0; l < L; l++) layers[l] = [];
      for (const s of start & 1 ? order.slice().reverse() : order) {
        const stack = [s];
        while (stack.length) {
          const x = stack.pop()!;
          if (ord[x]! >= 0) continue; // (placed already)
          ord[x] = layers[level[x]!]!.push(x) - 1;
          stack.push(...(start & 4 ? adj[x]! : adj[x]!.slice().reverse()));
        }
      }
      // Six sweeps, down and up; the best order seen is kept.
      let mine = ord.slice();
      let least = crossings();
      for (let it = 0; it < 6 && least; it++) {
        if (it % 2) for (let l = L - 2; l >= 0; l--) sweep(l, dn, l + 1);
        else for (let l = 1; l < L; l++) sweep(l, up, l - 1);
        const c = crossings();
        if (c < least) (least = c), (mine = ord.slice());
      }
      restore(mine);
      for (let pass = 0; pass < 12; pass++) transpose();
      const c = crossings();
      if (c < fewest) (fewest = c), (best = ord.slice());
    }
    restore(best);

    // Coordinates across ranks: each rank in turn moves towards its neighbours (weighted mean,
    // dummies pull harder so long edges straighten), keeping order and gaps (pool adjacent
    // violators), within the available width when vertical.
    const u = new Float64Array(N);
    const half = (x: number) => (x < n ? gapN / 2 : su[x] ? 6 : 4);
    const sep = (x: number, y: number) => (su[x]! + su[y]!) / 2 + half(x) + half(y);
    let bound = cap;
    for (const layer of layers) {
      let p = 0;
      layer.forEach((x, i) => (u[x] = p += i ? sep(layer[i - 1]!, x) : 0));
      if (layer.length) bound = max(bound, p + (su[layer[0]!]! + su[layer.at(-1)!]!) / 2);
    }
    const off = new Float64Array(N);
    const mean = new Float64Array(N);
    const weight = new Float64Array(N);
    const count = new Int32Array(N);
    // weighted sum of a node's neighbours' positions (dummies pull harder: long edges straighten)
    const acc = new Float64Array(2);
    const pull = (x: number, list: number[]) => {
      for (const y of list) {
        const q = (x < n ? 1 : 2) * (y < n ? 1 : 2);
        acc[0]! += q * u[y]!;
        acc[1]! += q;
      }
    };
    const align = (layer: number[]) => {
      const len = layer.length;
      let k = 0;
      for (let i = 0, o = 0; i < len; i++, k++) {
        const x = layer[i]!;
        if (i) o += sep(layer[i - 1]!, x);
        off[i] = o;
        acc[0] = acc[1] = 0;
        pull(x, up[x]!);
        pull(x, dn[x]!);
        mean[k] = (acc[1] ? acc[0]! / acc[1] : u[x]!) - o;
        weight[k] = acc[1] || 1e-3;
        count[k] = 1;
        for (; k > 0 && mean[k - 1]! >= mean[k]!; k--) {
          const w = weight[k - 1]! + weight[k]!;
          mean[k - 1] = (mean[k - 1]! * weight[k - 1]! + mean[k]! * weight[k]!) / w;
          weight[k - 1] = w;
          count[k - 1]! += count[k]!;
        }
      }
      if (!len) return;
      const lo = bound < Infinity ? su[layer[0]!]! / 2 : -Infinity;
      const hi = max(lo, bound - su[layer[len - 1]!]! / 2 - off[len - 1]!);
      for (let b = 0, i = 0; b < k; b++)
        for (let j = 0; j < count[b]!; j++, i++) u[layer[i]!] = min(hi, max(lo, mean[b]!)) + off[i]!;
    };
    for (let it = 0; it < 4; it++) for (let l = 0; l < L; l++) align(layers[it % 2 ? L - 1 - l : l]!);
    let u0 = Infinity;
    let u1 = -Infinity;
    for (let x = 0; x < N; x++) (u0 = min(u0, u[x]! - su[x]! / 2)), (u1 = max(u1, u[x]! + su[x]! / 2));
    if (!N) u0 = u1 = 0;

    // Output on x/y.
    const pt = (a: number, b: number): Point => (vertical ? { x: a - u0, y: b } : { x: b, y: a - u0 });
    // (literals rather than spreads: a spread followed by more properties is slow in V8)
    const rect = ({ x, y }: Point, width: number, height: number): Rect => ({ x, y, width, height });
    const box = (a: number, b: number, wa: number, wb: number) => rect(pt(a - wa / 2, b - wb / 2), vertical ? wa : wb, vertical ? wb : wa);
    const mid = (x: number) => vTop[level[x]!]! + depth[level[x]!]! / 2;
    const cu = (x: number) => u[x]! - (su[x]! - bu[x]!) / 2;
    // Ports: the edges leaving (entering) a face are spread along it in the order of their next
    // (previous) chain node, parallel edges in input order at both ends, so ports add no crossings.
    const port = [new Float64Array(E), new Float64Array(E)];
    const ends: number[][][] = [[], []];
    edges.forEach((_, e) => from[e] !== to[e] && ((ends[0]![top[e]!] ??= []).push(e), (ends[1]![bottom[e]!] ??= []).push(e)));
    ends.forEach((list, side) =>
      list.forEach((s, x) => {
        const k = s.sort((p, q) => ord[hop(p, side)]! - ord[hop(q, side)]! || p - q).length;
        const step = k > 1 ? min(12, (bu[x]! - 6) / (k - 1)) : 0;
        s.forEach((e, j) => (port[side]![e] = (j - (k - 1) / 2) * step));
      }),
    );
    const routes: EdgeRoute[] = edges.map((edge, e) => {
      const a = top[e]!;
      const b = bottom[e]!;
      const route = (points: Point[], label: Rect) => ({ id: edge.id, from: edge.from, to: edge.to, reversed: rev[e]!, loop: a === b, points, label });
      if (a === b) return route([], box(0, 0, 0, 0));
      // Straight out of a node to the end of its rank (and into one from the start of its rank), so
      // segments between ranks all run gap to gap: they cross only where the orders cross.
      const ua = cu(a) + port[0]![e]!;
      const ub = cu(b) + port[1]![e]!;
      const la = level[a]!;
      const points = [pt(ua, mid(a) + bv[a]! / 2)];
      if (bv[a]! < depth[la]!) points.push(pt(ua, vTop[la]! + depth[la]!));
      for (let d = first[e]!; d < first[e]! + level[b]! - la - 1; d++) {
        const l = level[d]!;
        points.push(pt(u[d]!, vTop[l]!));
        if (depth[l]) points.push(pt(u[d]!, vTop[l]! + depth[l]!));
      }
      if (bv[b]! < depth[level[b]!]!) points.push(pt(ub, vTop[level[b]!]!));
      points.push(pt(ub, mid(b) - bv[b]! / 2));
      if (rev[e]) points.reverse();
      // (the label's dummy)
      const d = first[e]! + labelLevel[e]! - la - 1;
      return route(points, labelled ? box(u[d]!, mid(d), lu[e]!, lv[e]!) : rect(points[points.length >> 1]!, 0, 0));
    });
    // Self-loops: out of the node's far side to its label and back; labels stacked beside it.
    loops.forEach((l, x) => {
      const v = mid(x);
      const right = cu(x) + bu[x]! / 2;
      const lim = max(bv[x]! / 2 - 3, 0);
      const at = (w: number) => v + min(lim, max(-lim, w - v));
      let next = v - sv[x]! / 2 + (sv[x]! - l.reduce((s, e) => s + lv[e]! + 4, -4)) / 2;
      for (const e of l) {
        const c = next + lv[e]! / 2;
        const lc = right + 10 + lu[e]! / 2;
        next += lv[e]! + 4;
        routes[e]!.points = [pt(right, at(c - 4)), pt(lc, c - 4), pt(lc, c + 4), pt(right, at(c + 4))];
        routes[e]!.label = box(lc, c, lu[e]!, lv[e]!);
      }
    });
    const across = u1 - u0;
    const width = vertical ? across : extent;
    return {
      width,
      height: vertical ? extent : across,
      vertical,
      scale: width > W ? W / width : 1,
      nodes: nodes.map((node, x) => ({ id: node.id, ...box(cu(x), mid(x), bu[x]!, bv[x]!) })),
      edges: routes,
    };
  };

  return (o.direction !== 'vertical' && build(false, o.direction === 'horizontal' ? Infinity : W)) || build(true, W)!;
}

type Segment = [number, number, number, number, number];

/** Proper crossings between straight segments of different edges' routes. */
export function countCrossings(result: { edges: readonly { points: readonly Point[] }[] }): number {
  const segs: Segment[] = [];
  result.edges.forEach((e, i) => {
    for (let k = 1; k < e.points.length; k++) {
      const p = e.points[k - 1]!;
      const q = e.points[k]!;
      segs.push(p.x <= q.x ? [p.x, p.y, q.x, q.y, i] : [q.x, q.y, p.x, p.y, i]);
    }
  });
  segs.sort((a, b) => a[0] - b[0]);
  const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => {
    const d = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    return d > 1e-9 ? 1 : d < -1e-9 ? -1 : 0;
  };
  let c = 0;
  for (let i = 0; i < segs.length; i++) {
    const [ax, ay, bx, by, e] = segs[i]!;
    for (let j = i + 1; j < segs.length && segs[j]![0] <= bx; j++) {
      const [cx, cy, dx, dy, f] = segs[j]!;
      if (e === f || max(cy, dy) < min(ay, by) || min(cy, dy) > max(ay, by)) continue;
      const s1 = side(ax, ay, bx, by, cx, cy);
      const s2 = side(ax, ay, bx, by, dx, dy);
      const s3 = side(cx, cy, dx, dy, ax, ay);
      const s4 = side(cx, cy, dx, dy, bx, by);
      if (s1 * s2 < 0 && s3 * s4 < 0) c++;
    }
  }
  return c;
}

/** Pairs of overlapping boxes among nodes and edge labels (zero-size labels ignored). */
export function countOverlaps(result: { nodes: readonly Rect[]; edges: readonly { label?: Rect | null }[] }): number {
  const boxes = [...result.nodes, ...result.edges.map((e) => e.label!)]
    .filter((r) => r && r.width > 0 && r.height > 0)
    .sort((a, b) => a.x - b.x);
  let c = 0;
  const eps = 0.01;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.width - eps; j++) {
      const b = boxes[j]!;
      if (b.y < a.y + a.height - eps && a.y < b.y + b.height - eps) c++;
    }
  }
  return c;
}
