import '@arms-control/elements/linkage-diagram.js';
import { bindForm, filterItems, showSelected } from './site.js';

const form = document.querySelector<HTMLFormElement>('#filters');
const diagram = document.querySelector<HTMLElement>('#diagram');
const list = document.querySelector<HTMLElement>('.linkages');
if (form && diagram && list) {
  bindForm(form, (values) => {
    for (const k of ['actor', 'issue', 'from', 'to']) {
      if (values[k]) diagram.setAttribute(k, values[k]);
      else diagram.removeAttribute(k);
    }
    showSelected('issue', values.issue || null);
    filterItems(list, values, 'linkages');
  });
}
