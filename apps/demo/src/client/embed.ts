import '@arms-control/elements';
import * as data from '@arms-control/data';
import { toDOM } from '../shared/dom.js';
import { embedElement, embedSnippet, OPTIONS, readState, stateQuery, type EmbedState } from '../shared/embed.js';
import { params } from './site.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const status = document.querySelector<HTMLElement>('#copied')!;

function fromForm(): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v) out.set(k, v);
  return out;
}

function show(state: EmbedState): void {
  const options = OPTIONS[state.component];
  for (const field of form.querySelectorAll<HTMLElement>('[data-option]')) field.hidden = !options.includes(field.dataset.option as never);
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === state.component;
    else if (options.includes(el.name as never)) el.value = state[el.name as keyof EmbedState] ?? (el.name === 'theme' ? 'auto' : el.name === 'variant' ? 'full' : '');
  }
  const element = embedElement(state, data);
  preview.replaceChildren(toDOM(element));
  snippet.value = embedSnippet(element, new URL(snippet.dataset.cdn!, location.href).href);
  status.textContent = '';
  history.replaceState(null, '', `?${stateQuery(state)}`);
}

preview.dataset.ownTheme = '';
form.addEventListener('change', () => show(readState(fromForm(), data)));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  show(readState(fromForm(), data));
});
document.querySelector('#copy')?.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied. Paste it into your page’s HTML.';
  } catch {
    snippet.focus();
    snippet.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});
show(readState(params(), data));
