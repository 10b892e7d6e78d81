/** Markdown tables, printed and written the same way. */
export interface Table {
  title: string;
  head: string[];
  /** One letter per column: l or r. */
  align: string;
  rows: string[][];
  note?: string;
}

export function markdown(t: Table): string {
  const cells = [t.head, ...t.rows];
  const width = t.head.map((_, i) => Math.max(3, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${width.map((w, i) => (t.align[i] === 'r' ? (r[i] ?? '').padStart(w) : (r[i] ?? '').padEnd(w))).join(' | ')} |`;
  const rule = `|${width.map((w, i) => (t.align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [`### ${t.title}`, '', line(t.head), rule, ...t.rows.map(line), ...(t.note ? ['', t.note] : [])].join('\n');
}

export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms';
export const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
