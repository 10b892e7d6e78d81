/** Child process of layout-bench.ts: one timed layout of one random graph; prints the cell as JSON. */
import { randomGraph } from './graphs.js';
import { timeOnce } from './layout-bench.js';
import { dagre, elkjs } from './layouts.js';

const [name, n] = process.argv.slice(2);
const lib = name === 'dagre' ? dagre : name === 'elkjs' ? elkjs : null;
if (!lib || !n) throw new Error('usage: layout-cell.ts dagre|elkjs <nodes>');
process.stdout.write(JSON.stringify(await timeOnce(lib, randomGraph(Number(n)))));
process.exit(0);
