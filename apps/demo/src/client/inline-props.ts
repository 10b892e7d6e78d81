/**
 * Gives elements marked `data-props="key"` the properties the build rendered for them into the page's
 * JSON block (`#ac-props`) (see render/inline-props.ts). Set before the elements upgrade; Lit applies them then.
 * A missing or unreadable block leaves the elements to load their data by id, as their attributes say.
 */
export const PROPS_BLOCK_ID = 'ac-props';

export function applyInlineProps(root: Document = document): void {
  const block = root.getElementById(PROPS_BLOCK_ID);
  if (!block) return;
  let values: Record<string, Record<string, unknown>>;
  try {
    values = JSON.parse(block.textContent ?? '');
  } catch (e) {
    console.warn('unreadable #ac-props block; components load their data by id', e);
    return;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-props]')) {
    const props = values[el.dataset.props ?? ''];
    if (props) Object.assign(el, props);
  }
}
