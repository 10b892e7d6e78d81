// Smaller bundles: one collection, or one record loaded on demand
import { linkages } from '@arms-control/data/linkages';
import { loadRecord, recordIds } from '@arms-control/data/lazy';

const quote = await loadRecord('quotes', 'putin-2009-05-07-russia-will-link');
console.log(linkages.length, 'linkages;', (await recordIds('quotes')).length, 'quotes, one loaded:', quote.text.slice(0, 60) + '…');
