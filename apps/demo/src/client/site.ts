/** Every page: the stylesheet, the theme switch, and helpers for state in the query string. */
import '../styles/site.css';

const KEY = 'ac-theme';
const TAGS = 'ac-quote-card, ac-treaty-countdown, ac-linkage-diagram, ac-event-timeline';
type Theme = 'auto' | 'light' | 'dark';

export const params = (): URLSearchParams => new URLSearchParams(location.search);

/** Replaces the query string (no reload, no new history entry) so the view can be linked to and restored. */
export function setQuery(values: Record<string, string | undefined>): void {
  const next = params();
  for (const [k, v] of Object.entries(values)) v ? next.set(k, v) : next.delete(k);
  const q = next.toString();
  history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
}

function storedTheme(): Theme {
  const t = params().get('theme') ?? (() => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  })();
  return t === 'light' || t === 'dark' ? t : 'auto';
}

/** Gives the page's components the page's theme (components inside `[data-own-theme]` keep their own). */
export function applyTheme(theme: Theme = storedTheme()): void {
  const root = document.documentElement;
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  for (const el of document.querySelectorAll(TAGS)) if (!el.closest('[data-own-theme]')) el.setAttribute('theme', theme);
}

const select = document.querySelector<HTMLSelectElement>('#theme');
if (select) {
  select.value = storedTheme();
  select.addEventListener('change', () => {
    const theme = select.value as Theme;
    try {
      if (theme === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, theme);
    } catch {
      /* storage blocked: the URL carries it */
    }
    setQuery({ theme: params().has('theme') && theme !== 'auto' ? theme : undefined });
    applyTheme(theme);
  });
}
applyTheme();

/**
 * Binds a GET form to the query string: fields start from the URL, every change updates the URL (replace)
 * and calls `apply`; submitting does the same without a reload. The form still works without JavaScript.
 */
export function bindForm(form: HTMLFormElement, apply: (values: Record<string, string>) => void): () => Record<string, string> {
  const fields = [...form.elements].filter((el): el is HTMLInputElement | HTMLSelectElement => 'name' in el && !!(el as HTMLInputElement).name && el.tagName !== 'BUTTON');
  const current = () => Object.fromEntries(fields.map((f) => [f.name, f.value.trim()]));
  const p = params();
  for (const f of fields) {
    const v = p.get(f.name);
    if (v !== null && (f.tagName !== 'SELECT' || [...(f as HTMLSelectElement).options].some((o) => o.value === v))) f.value = v;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const values = current();
    setQuery(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v || undefined])));
    apply(values);
  };
  form.addEventListener('change', update);
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLElement).tagName !== 'INPUT') return;
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  form.querySelector('#f-reset')?.addEventListener('click', (e) => {
    e.preventDefault();
    for (const f of fields) f.value = '';
    update();
  });
  apply(current());
  return current;
}

/** Shows the one record section named in the URL (`?actor=id`), or `id`; returns its id, or null. */
export function showSelected(param: string, id = params().get(param)): string | null {
  const section = id ? document.querySelector<HTMLElement>(`.detail[data-${param}="${CSS.escape(id)}"]`) : null;
  for (const el of document.querySelectorAll('.detail.selected')) if (el !== section) el.classList.remove('selected');
  document.body.classList.toggle('has-selection', !!section);
  document.querySelector('#unknown')?.toggleAttribute('hidden', !id || !!section);
  if (!section) return null;
  section.classList.add('selected');
  const heading = section.querySelector('h2')?.textContent?.trim();
  const base = document.title.replace(/^.* · (?=.* · )/, '');
  if (heading) document.title = `${heading} · ${base}`;
  return id;
}

const LIST_KEYS = ['actor', 'issue', 'treaty', 'speaker'];

/** Whether an item (`.filterable` with data-actor, data-issue, data-treaty, data-speaker, data-years, data-search) passes the filters. */
function passes(el: HTMLElement, values: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(values)) {
    if (!v) continue;
    if (LIST_KEYS.includes(k) && !(el.dataset[k] ?? '').split(' ').includes(v)) return false;
    if (k === 'q' && !v.toLowerCase().split(/\s+/).every((w) => (el.dataset.search ?? '').includes(w))) return false;
  }
  const years = (el.dataset.years ?? '').split(' ').filter(Boolean).map(Number);
  const from = Number(values.from) || -Infinity;
  const to = Number(values.to) || Infinity;
  return !years.length || years.some((y) => y >= from && y <= to);
}

/**
 * Shows the `.filterable` items in `container` that pass the filters, updates the live count, and retires the
 * sheet public/theme.js made from the URL before first paint (same task: no flash, no shift).
 */
export function filterItems(container: ParentNode, values: Record<string, string>, noun: string): number {
  const items = [...container.querySelectorAll<HTMLElement>('.filterable')];
  let shown = 0;
  for (const el of items) {
    const ok = passes(el, values);
    el.hidden = !ok;
    if (ok) shown++;
  }
  document.adoptedStyleSheets = [];
  const count = document.querySelector('#count');
  if (count) count.textContent = shown === items.length ? `${items.length} ${noun}` : `${shown} of ${items.length} ${noun}`;
  document.querySelector('#none')?.toggleAttribute('hidden', shown > 0);
  return shown;
}
