// Type-checked by `tsc -p tsconfig.node.json` (part of `pnpm test`): the published types as a consumer sees them,
// imported by package name through `exports`.
import { byId, linkageGraph, treatyStatus, type Linkage, type Quote, type TreatyStatusName } from '@arms-control/data';
import { loadRecord } from '@arms-control/data/lazy';
import { quotes } from '@arms-control/data/quotes';
import record from '@arms-control/data/quotes/putin-2009-05-07-russia-will-link';

const quote: Quote | undefined = byId('quotes', 'putin-2009-05-07-russia-will-link');
export const speaker: string | undefined = quote?.speaker;
export const text: string = record.text;
export const mechanism: Linkage['mechanism'] | undefined = linkageGraph().edges[0]?.linkage.mechanism;
export const status: TreatyStatusName | undefined = treatyStatus('start-i', '2000-01-01')?.status;
export const lazy: Promise<Quote | undefined> = loadRecord('quotes', 'x');

// @ts-expect-error collections are readonly
quotes.push(record);
// @ts-expect-error records are readonly
record.text = 'changed';
// @ts-expect-error byId knows the collections
byId('quotations', 'x');
