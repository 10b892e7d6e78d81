import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

let loading: Promise<void> | undefined;

/** Loads axe-core as a classic script (it is UMD, not ESM) from the package's own node_modules. */
function loadAxe(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    if (window.axe) return resolve();
    const script = document.createElement('script');
    script.src = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load axe-core from ${script.src}`));
    document.head.append(script);
  });
  return loading;
}

/** One violation, flattened for readable assertion messages. */
export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules plus best practices) on `el` and its shadow
 * trees and returns the violations (an empty array when there are none).
 */
export async function axe(el: Element, options: RunOptions = {}): Promise<AxeViolation[]> {
  await loadAxe();
  const results = await window.axe!.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations.map((v: Result) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}

/** A readable summary of violations for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}
