// The query helpers over data you bring (same shape), and EDTF dates
import { createQueries, dataset, parseEdtf } from '@arms-control/data';

const mine = createQueries({ ...dataset, events: dataset.events.filter((e) => e.kind !== 'treaty-action') });
console.log(mine.timeline({ actor: 'united-states' }).length, 'U.S. events that are not treaty actions');
const { earliest, latest } = parseEdtf('2014-03-24/2014-03-30');
console.log('a span of days:', earliest, 'to', latest);
