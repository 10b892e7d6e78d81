/**
 * Loads each component's module when one of its elements comes near the viewport (islands): the first visit
 * pays only for what is on screen, and the fallback HTML stands in until then. Shared by the pages that use
 * components; each module is imported at most once.
 */
import { applyInlineProps } from './inline-props.js';

const LOADERS: Record<string, () => Promise<unknown>> = {
  'ac-quote-card': () => import('@arms-control/elements/quote-card.js'),
  'ac-treaty-countdown': () => import('@arms-control/elements/treaty-countdown.js'),
  'ac-linkage-diagram': () => import('@arms-control/elements/linkage-diagram.js'),
  'ac-event-timeline': () => import('@arms-control/elements/event-timeline.js'),
};

const started = new Set<string>();

function load(tag: string): void {
  if (started.has(tag) || !LOADERS[tag]) return;
  started.add(tag);
  LOADERS[tag]!().catch((e: unknown) => console.warn(`could not load <${tag}>`, e));
}

/** Upgrades the page's ac-* elements as they approach the viewport (within a screen), with their inline properties. */
export function upgradeWhenNear(root: ParentNode = document): void {
  applyInlineProps();
  const elements = [...root.querySelectorAll(Object.keys(LOADERS).join(','))];
  if (!('IntersectionObserver' in window)) {
    for (const el of elements) load(el.localName);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        load(entry.target.localName);
        for (const el of elements) if (el.localName === entry.target.localName) observer.unobserve(el);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const el of elements) observer.observe(el);
}
