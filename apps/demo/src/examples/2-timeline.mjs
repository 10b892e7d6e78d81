// Events concerning missile defense in Europe in 2009, in date order, each with its first source
import { byId, timeline } from '@arms-control/data';

for (const event of timeline({ from: '2009', to: '2009', issue: 'missile-defense-europe' })) {
  const source = byId('sources', event.evidence[0].source);
  console.log(event.date, event.title, `[${source.publisher}]`);
}
