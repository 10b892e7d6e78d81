import { bindForm, filterItems } from './site.js';

const form = document.querySelector<HTMLFormElement>('#search');
const list = document.querySelector<HTMLElement>('#quotes');
if (form && list) bindForm(form, (values) => filterItems(list, values, 'quotes'));
