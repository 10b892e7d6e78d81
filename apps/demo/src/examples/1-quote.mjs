// A quote, its speaker and its source
import { byId } from '@arms-control/data';

const quote = byId('quotes', 'putin-2009-05-07-russia-will-link');
const speaker = byId('actors', quote.speaker);
const source = byId('sources', quote.evidence[0].source);
console.log(`“${quote.text}”`);
console.log(`— ${speaker.name}, ${quote.speakerRole}, ${quote.date} (${source.publisher}: ${source.url})`);
