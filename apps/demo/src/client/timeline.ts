import { bindForm, filterItems } from './site.js';

const form = document.querySelector<HTMLFormElement>('#filters');
const list = document.querySelector<HTMLElement>('#events');
if (form && list) bindForm(form, (values) => filterItems(list, values, 'events'));
