// Linkages as a graph: issues as nodes, an edge from the leverage issue to the sought issue
import { byId, linkageGraph } from '@arms-control/data';

const { nodes, edges } = linkageGraph({ actor: 'russia' });
console.log(`${nodes.length} issues, ${edges.length} linkages made by Russia:`);
for (const { from, to, linkage } of edges) {
  const last = linkage.history.at(-1);
  console.log(`  ${byId('issues', from).name} → ${byId('issues', to).name} (${linkage.mechanism}, ${last?.status ?? 'no history'})`);
}
