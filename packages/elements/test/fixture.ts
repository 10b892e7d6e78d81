/// <reference types="mocha" />
import { expect } from 'chai';
import type { LitElement } from 'lit';

const containers: HTMLElement[] = [];

/**
 * Puts `markup` into a fresh container in the document (declarative shadow roots attach, via
 * setHTMLUnsafe) and resolves with its first element once that element (if it is a Lit element)
 * has finished its first update. Fixtures are removed after each test.
 */
export async function fixture<T extends Element = HTMLElement>(markup: string, options: { lang?: string } = {}): Promise<T> {
  const container = document.createElement('div');
  if (options.lang) container.lang = options.lang;
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  containers.push(container);
  const el = container.firstElementChild as T | null;
  if (!el) throw new Error(`fixture: no element in ${markup}`);
  await settled(el);
  return el;
}

/** Waits for a Lit element's pending update (no-op for other elements). */
export async function settled(el: Element): Promise<void> {
  const lit = el as Partial<LitElement>;
  if (lit.updateComplete) await lit.updateComplete;
}

/** Removes every fixture container. Registered as a root `afterEach` hook when mocha is present. */
export function cleanupFixtures(): void {
  for (const c of containers.splice(0)) c.remove();
}

if (typeof afterEach === 'function') afterEach(cleanupFixtures);

/** Resolves with the next `name` event dispatched on `target`. */
export function oneEvent<E extends Event = CustomEvent>(target: EventTarget, name: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as E), { once: true }));
}

/** Polls `predicate` every animation frame until it is truthy (resolving its value) or `timeout` ms pass (rejecting). */
export async function waitUntil<T>(predicate: () => T, message = 'condition', timeout = 5000): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`waitUntil: timed out waiting for ${message}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Text content with whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element's shadow root (throws when it has none, so tests fail loudly). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** The first element of the shadow root whose `part` names `name`. */
export function part(el: Element, name: string): Element | null {
  return shadow(el).querySelector(`[part~="${name}"]`);
}

/** True when the element is rendered (has layout boxes). */
export function visible(el: Element | null | undefined): boolean {
  return !!el && el.getClientRects().length > 0;
}

/** Resolves with the element's error box once it shows one. */
export function errorBox(el: Element): Promise<HTMLElement> {
  return waitUntil(() => shadow(el).querySelector<HTMLElement>('[part="error"]'), 'the error box');
}

/**
 * The error state every component shares: a visible `role="alert"` box with a message matching
 * `message`, announced by exactly one `ac-error` event with that message (`heard`, from listenAcErrors).
 */
export async function expectErrorState(el: Element, message: RegExp, heard: readonly string[]): Promise<HTMLElement> {
  const box = await errorBox(el);
  expect(text(box)).to.match(message);
  expect(box.getAttribute('role')).to.equal('alert');
  expect(visible(box), 'error box visible').to.equal(true);
  expect(heard.length, 'one ac-error event').to.equal(1);
  expect(heard[0]).to.match(message);
  return box;
}

/**
 * Collects `console.error` calls, `error` events and unhandled rejections while the returned
 * recorder is active; `stop()` restores console.error and returns what was seen.
 */
export function recordErrors(): { stop(): string[] } {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/** Collects the messages of `ac-error` events reaching `target` until `stop()`. */
export function listenAcErrors(target: EventTarget = document): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const onError = (e: Event) => messages.push((e as CustomEvent<{ message: string }>).detail.message);
  target.addEventListener('ac-error', onError);
  return { messages, stop: () => target.removeEventListener('ac-error', onError) };
}
