/**
 * The three layered layouts behind one interface: same nodes (same box sizes), same edges (same
 * label boxes), comparable spacing (20 px between boxes on a rank, 24 px between ranks), output
 * converted to a `Drawing` (top-left rectangles, polylines) so that crossings and overlaps are
 * computed identically for all.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { BenchGraph, Drawing } from './graphs.js';
import { paths, version } from './paths.js';

export interface Layouter {
  name: string;
  /** Where the code came from (package version or file). */
  source: string;
  run(g: BenchGraph): Drawing | Promise<Drawing>;
}

const require = createRequire(import.meta.url);
const NODE_GAP = 20;
const RANK_GAP = 24;

export const dagre: Layouter = {
  name: 'dagre',
  source: `@dagrejs/dagre ${version('@dagrejs/dagre')}`,
  run(g) {
    const G = new Graph({ multigraph: true });
    G.setGraph({ rankdir: 'LR', nodesep: NODE_GAP, ranksep: RANK_GAP, edgesep: 10 });
    G.setDefaultEdgeLabel(() => ({}));
    for (const x of g.nodes) G.setNode(x.id, { width: x.width, height: x.height });
    for (const e of g.edges) G.setEdge(e.from, e.to, e.label ? { width: e.label.width, height: e.label.height, labelpos: 'c' } : {}, e.id);
    dagreLayout(G);
    return {
      nodes: g.nodes.map((x) => {
        const n = G.node(x.id);
        return { x: n.x! - n.width / 2, y: n.y! - n.height / 2, width: n.width, height: n.height };
      }),
      edges: g.edges.map((e) => {
        const l = G.edge({ v: e.from, w: e.to, name: e.id });
        const label = e.label ? { x: l.x! - e.label.width / 2, y: l.y! - e.label.height / 2, width: e.label.width, height: e.label.height } : undefined;
        return { points: (l.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })), label };
      }),
    };
  },
};

// elkjs's bundled build runs the layout in-process (no worker), as a Promise.
const ELK = require('elkjs/lib/elk.bundled.js') as new () => { layout(g: ElkNode): Promise<ElkNode> };
const elk = new ELK();

export const elkjs: Layouter = {
  name: 'elkjs',
  source: `elkjs ${version('elkjs')} (layered, elk.bundled.js, no worker)`,
  async run(g) {
    const out = await elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.spacing.nodeNode': String(NODE_GAP),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(RANK_GAP),
        'elk.edgeLabels.placement': 'CENTER',
      },
      children: g.nodes.map((x) => ({ id: x.id, width: x.width, height: x.height })),
      edges: g.edges.map((e) => ({
        id: e.id,
        sources: [e.from],
        targets: [e.to],
        ...(e.label ? { labels: [{ text: e.label.text, width: e.label.width, height: e.label.height }] } : {}),
      })),
    });
    const nodes = new Map((out.children ?? []).map((c) => [c.id, c]));
    const edges = new Map((out.edges ?? []).map((e) => [e.id, e]));
    return {
      nodes: g.nodes.map((x) => {
        const n = nodes.get(x.id)!;
        return { x: n.x!, y: n.y!, width: n.width!, height: n.height! };
      }),
      edges: g.edges.map((e) => {
        const r = edges.get(e.id)!;
        const points = (r.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
        const l = r.labels?.[0];
        return { points, label: l ? { x: l.x!, y: l.y!, width: l.width!, height: l.height! } : undefined };
      }),
    };
  },
};

interface OurLayout {
  layout(
    nodes: { id: string; label?: string; width?: number; height?: number }[],
    edges: { id: string; from: string; to: string; label?: string; width?: number; height?: number }[],
  ): { nodes: { id: string; x: number; y: number; width: number; height: number }[]; edges: { id: string; points: { x: number; y: number }[]; label: { x: number; y: number; width: number; height: number } }[] };
}

/** Our linkage-diagram layout from the built package, else (while it is being built) from source; null if neither exists. */
export async function ours(): Promise<Layouter | null> {
  const file = [paths.layoutDist, paths.layoutSrc].find((f) => existsSync(f));
  if (!file) return null;
  const mod = (await import(pathToFileURL(file).href)) as OurLayout;
  return {
    name: 'ours',
    source: `@arms-control/elements ${file === paths.layoutDist ? 'dist' : 'src (not built)'}/linkage-diagram/layout`,
    run(g) {
      const r = mod.layout(
        g.nodes.map((x) => ({ id: x.id, label: x.label, width: x.width, height: x.height })),
        g.edges.map((e) => ({ id: e.id, from: e.from, to: e.to, ...(e.label ? { label: e.label.text, width: e.label.width, height: e.label.height } : {}) })),
      );
      const nodes = new Map(r.nodes.map((x) => [x.id, x]));
      const edges = new Map(r.edges.map((e) => [e.id, e]));
      return {
        nodes: g.nodes.map((x) => nodes.get(x.id)!),
        edges: g.edges.map((e) => ({ points: edges.get(e.id)!.points, label: edges.get(e.id)!.label })),
      };
    },
  };
}
