// Size budgets (issue 4), min+gz: each component's own code ≤ 4 KB beyond Lit, the data and the
// shared layer; the linkage diagram ≤ 8 KB; the CDN bundle without data chunks ≤ 25 KB.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, componentEntries, measureSizes, overBudget, type SizeRow } from '../scripts/size-report.js';

describe('size budgets (min+gz)', () => {
  let rows: SizeRow[];
  const row = (name: string) => {
    const found = rows.find((r) => r.name === name);
    if (!found) throw new Error(`no size row "${name}" in ${rows.map((r) => r.name).join(', ')}`);
    return found;
  };

  beforeAll(async () => {
    rows = await measureSizes();
  }, 60_000);

  it('measures the shared layer, every component and the CDN bundle', () => {
    expect(row('shared layer (src/shared)').gzip).toBeGreaterThan(1000);
    for (const { name } of componentEntries()) {
      expect(row(`${name} (own code)`).gzip, name).toBeGreaterThan(300);
      expect(row(`${name} + shared`).gzip, name).toBeGreaterThan(row(`${name} (own code)`).gzip);
      // Lit really is external in the figures above: bundling it adds several KB
      expect(row(`${name} + shared + Lit`).gzip, name).toBeGreaterThan(row(`${name} + shared`).gzip + 4000);
    }
    expect(row('CDN bundle without data chunks').gzip).toBeGreaterThan(row('shared layer (src/shared)').gzip);
  });

  it('stays within every budget', () => {
    expect(overBudget(rows).map((r) => `${r.name}: ${r.gzip} B > ${r.budget} B`)).toEqual([]);
  });

  it('uses the budgets of the issue', () => {
    expect(BUDGETS).toEqual({ component: 4096, 'linkage-diagram': 8192, cdn: 25600 });
  });
});
