/**
 * Layout speed and quality: our linkage-diagram layout, dagre and elkjs (layered) on the same
 * seeded random directed graphs with cycles and on the real linkage graph.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crossings, overlaps, randomGraph, textBox, type BenchGraph, type Drawing } from './graphs.js';
import { dagre, elkjs, ours, type Layouter } from './layouts.js';
import { paths } from './paths.js';
import { markdown, median, ms, type Table } from './report.js';

export const SIZES = [10, 50, 200, 1000];
/** Time spent timing one (graph, layout) pair, beyond its warm-up; fast layouts get up to MAX_RUNS runs. */
const CELL_BUDGET_MS = 8000;
const MAX_RUNS = 15;
const MIN_RUNS = 3;
/** A first run slower than this is timed itself (the code is already warm from the smaller graphs) and followed only by what the budget allows. */
const SLOW_MS = 4000;
/** The libraries' 1000-node layouts run in a child process stopped after this long, so the whole bench stays bounded. */
const CHILD_LIMIT_MS = 120_000;

export interface Cell {
  /** Null: stopped after CHILD_LIMIT_MS. */
  graph: BenchGraph;
  lib: string;
  runs: number;
  median: number;
  crossings: number;
  overlaps: number;
}

async function realGraph(): Promise<BenchGraph> {
  const data = await import(pathToFileURL(join(paths.dataDist, 'index.js')).href);
  const g = data.linkageGraph() as { nodes: { id: string; name: string }[]; edges: { id: string; from: string; to: string; linkage: { mechanism: string } }[] };
  return {
    name: `real linkage graph (${g.nodes.length} issues / ${g.edges.length} linkages, labelled edges)`,
    nodes: g.nodes.map((x) => ({ id: x.id, label: x.name, ...textBox(x.name) })),
    edges: g.edges.map((e) => ({ id: e.id, from: e.from, to: e.to, label: { text: e.linkage.mechanism, ...textBox(e.linkage.mechanism) } })),
  };
}

/** One timed run in a fresh child process (`layout-cell.ts`), or null when it exceeds the limit. */
function timeInChild(lib: Layouter, n: number): Promise<Omit<Cell, 'graph' | 'lib'> | null> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./layout-cell.ts', import.meta.url)), [lib.name, String(n)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout!.on('data', (b) => (out += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out));
      else if (code === null) resolve(null);
      else reject(new Error(`layout-cell ${lib.name} ${n} exited with ${code}`));
    });
  });
}

export async function timeOnce(lib: Layouter, g: BenchGraph): Promise<Omit<Cell, 'graph' | 'lib'>> {
  const t = performance.now();
  const drawing = await lib.run(g);
  const elapsed = performance.now() - t;
  return { runs: 1, median: elapsed, crossings: crossings(drawing), overlaps: overlaps(drawing) };
}

async function time(lib: Layouter, g: BenchGraph): Promise<Omit<Cell, 'graph' | 'lib'> | null> {
  if (lib.name !== 'ours' && g.nodes.length >= 1000) return timeInChild(lib, g.nodes.length);
  let t = performance.now();
  const drawing: Drawing = await lib.run(g);
  const first = performance.now() - t;
  const times: number[] = first > SLOW_MS ? [first] : [];
  const runs = Math.min(MAX_RUNS, Math.max(first > SLOW_MS ? 0 : MIN_RUNS, Math.floor(CELL_BUDGET_MS / first) - times.length));
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await lib.run(g);
    times.push(performance.now() - t);
  }
  return { runs: times.length, median: median(times), crossings: crossings(drawing), overlaps: overlaps(drawing) };
}

const fmt = (c: Cell) => (Number.isNaN(c.median) ? `> ${CHILD_LIMIT_MS / 1000} s (stopped)` : ms(c.median));
const num = (x: number) => (Number.isNaN(x) ? 'n/a' : String(x));

export async function layoutBench(log: (s: string) => void): Promise<{ tables: Table[]; cells: Cell[] }> {
  const our = await ours();
  const libs = [our, elkjs, dagre].filter((x): x is Layouter => !!x);
  const graphs = [...SIZES.map((n) => randomGraph(n)), await realGraph()];
  const cells: Cell[] = [];
  for (const g of graphs)
    for (const lib of libs) {
      const r = await time(lib, g);
      const c: Cell = r ? { graph: g, lib: lib.name, ...r } : { graph: g, lib: lib.name, runs: 1, median: NaN, crossings: NaN, overlaps: NaN };
      cells.push(c);
      log(`  layout: ${g.name}: ${lib.name} ${fmt(c)} (${c.runs} runs), ${c.crossings} crossings, ${c.overlaps} overlaps`);
    }

  const cell = (g: BenchGraph, lib: string) => cells.find((c) => c.graph === g && c.lib === lib);
  const rows = cells.map((c) => {
    const o = cell(c.graph, 'ours');
    return [
      c.graph.name,
      c.lib,
      String(c.runs),
      fmt(c),
      Number.isNaN(c.median) ? 'n/a' : `${((c.median * 1000) / Math.max(1, c.graph.edges.length)).toFixed(1)} µs`,
      c.lib === 'ours' || !o ? '' : Number.isNaN(c.median) ? `> ${(CHILD_LIMIT_MS / o.median).toFixed(0)}×` : `${(c.median / o.median).toFixed(1)}×`,
      num(c.crossings),
      num(c.overlaps),
    ];
  });
  const speed: Table = {
    title: 'Layout speed and quality (layered; same graphs, same box sizes, same spacing)',
    head: ['graph', 'layout', 'runs', 'median time', 'time per edge', 'ours is faster by', 'edge crossings', 'overlaps'],
    align: 'llrrrrrr',
    rows,
    note: [
      `Sources: ${libs.map((l) => l.source).join('; ')}.`,
      `Random graphs: seeded PRNG (mulberry32), n nodes, 2n distinct directed edges between random pairs (no self-loops; cyclic, checked), node boxes 7 px per label character + 16 × 24 px.`,
      `Median of the timed runs after one warm-up run (at least ${MIN_RUNS} runs, at most ${MAX_RUNS}, within about ${CELL_BUDGET_MS / 1000} s per cell; a first run over ${SLOW_MS / 1000} s is itself timed, the code being warm from the smaller graphs). elkjs and dagre at 1000 nodes: one run in a fresh Node process, stopped after ${CHILD_LIMIT_MS / 1000} s.`,
      'Crossings: pairs of segments of different edges (polylines through the returned points) crossing in both interiors; overlaps: pairs of node/label rectangles overlapping by more than 0.5 px. Computed by bench/src/graphs.ts from each library\'s output coordinates.',
    ].join('\n'),
  };

  const targets: string[][] = [];
  const g200 = graphs.find((g) => g.nodes.length === 200)!;
  const [o, e, d] = ['ours', 'elkjs', 'dagre'].map((l) => cell(g200, l));
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  if (o && e && d) {
    targets.push(['≥ 30× faster than elkjs at 200 nodes / 400 edges', `${(e.median / o.median).toFixed(1)}×`, mark(e.median / o.median >= 30)]);
    targets.push(['≥ 50× faster than dagre at 200 nodes / 400 edges', `${(d.median / o.median).toFixed(1)}×`, mark(d.median / o.median >= 50)]);
    const best = Math.min(e.crossings, d.crossings);
    targets.push(['crossings ≤ the better of elkjs and dagre (200 nodes)', `${o.crossings} vs ${best}`, mark(o.crossings <= best)]);
    for (const g of graphs.filter((x) => x !== g200)) {
      const [oo, ee, dd] = ['ours', 'elkjs', 'dagre'].map((l) => cell(g, l));
      const known = [ee, dd].flatMap((c) => (c && !Number.isNaN(c.crossings) ? [c.crossings] : []));
      if (oo && known.length) targets.push([`  same, ${g.name}`, `${oo.crossings} vs ${Math.min(...known)}`, mark(oo.crossings <= Math.min(...known))]);
    }
  } else targets.push(['speed and crossing targets', 'not available (our layout is not built)', '']);
  const ourCells = cells.filter((c) => c.lib === 'ours');
  if (ourCells.length) {
    const overl = ourCells.reduce((s, c) => s + c.overlaps, 0);
    targets.push(['no overlaps (all graphs)', String(overl), mark(overl === 0)]);
    const perEdge = ourCells.filter((c) => c.graph.nodes.length >= 50 && c.graph.name.startsWith('random'));
    // Growth exponent k of t ∝ E^k: per step, and fitted (least squares on logs) over 50–1000 nodes.
    const step = perEdge.slice(1).map((c, i) => Math.log(c.median / perEdge[i]!.median) / Math.log(c.graph.edges.length / perEdge[i]!.graph.edges.length));
    const xs = perEdge.map((c) => Math.log(c.graph.edges.length));
    const ys = perEdge.map((c) => Math.log(c.median));
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
    const my = ys.reduce((s, y) => s + y, 0) / ys.length;
    const fit = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    targets.push([
      `growth close to linear in edges: time per edge at ${perEdge.map((c) => c.graph.edges.length).join(' / ')} edges; exponent k of t ∝ E^k per step and fitted`,
      `${perEdge.map((c) => `${((c.median * 1000) / c.graph.edges.length).toFixed(1)} µs`).join(' / ')}; k = ${step.map((k) => k.toFixed(2)).join(', ')}; fitted ${fit.toFixed(2)}`,
      mark(fit <= 1.3),
    ]);
  }
  const goals: Table = {
    title: 'Layout targets (issue 6)',
    head: ['target', 'measured', 'verdict'],
    align: 'lrl',
    rows: targets,
    note: '"Close to linear" is read as a fitted growth exponent k ≤ 1.3 over 100–2000 edges (k = 1: linear; k = 2: quadratic).',
  };
  return { tables: [speed, goals], cells };
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { tables } = await layoutBench(console.log);
  for (const t of tables) console.log(`\n${markdown(t)}`);
}
