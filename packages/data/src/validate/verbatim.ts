import { COLLECTIONS } from '../collections.js';
import type { RecordFiles, ValidationError } from './index.js';

type Fields = Record<string, unknown>;

/** Whitespace (including line breaks) is not part of what "verbatim" compares; every other character is. */
export const normalizeWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Checks every evidence excerpt and quote against the source texts on hand; returns how many it compared. */
export function checkVerbatim(files: RecordFiles, texts: ReadonlyMap<string, string>, errors: ValidationError[]): number {
  const sourceTexts = new Map<string, string>();
  for (const { file, record } of files.sources ?? []) {
    const source = record as Fields;
    if (typeof source.textFile !== 'string') continue;
    const text = texts.get(source.textFile);
    if (text === undefined) {
      errors.push({ file, collection: 'sources', id: String(source.id), field: 'textFile', message: `"${source.textFile}" is not among the source texts given` });
    } else sourceTexts.set(String(source.id), normalizeWhitespace(text));
  }
  let checked = 0;
  for (const collection of COLLECTIONS) {
    for (const { file, record } of files[collection] ?? []) {
      const fields = record as Fields;
      const report = (field: string, message: string) =>
        errors.push({ file, collection, id: typeof fields.id === 'string' ? fields.id : null, field, message });
      checked += checkEvidenceList(fields.evidence, 'evidence', sourceTexts, report);
      (Array.isArray(fields.history) ? (fields.history as Fields[]) : []).forEach((step, i) => {
        checked += checkEvidenceList(step.evidence, `history[${i}].evidence`, sourceTexts, report);
      });
      (Array.isArray(fields.roles) ? (fields.roles as Fields[]) : []).forEach((role, i) => {
        checked += checkEvidenceList(role.evidence, `roles[${i}].evidence`, sourceTexts, report);
      });
      if (collection === 'quotes') checked += checkQuoteText(fields, sourceTexts, report);
    }
  }
  return checked;
}

function checkEvidenceList(list: unknown, path: string, texts: Map<string, string>, report: (f: string, m: string) => void): number {
  if (!Array.isArray(list)) return 0;
  let checked = 0;
  (list as Fields[]).forEach((evidence, i) => {
    const text = texts.get(String(evidence.source));
    if (text === undefined || typeof evidence.excerpt !== 'string') return;
    checked++;
    if (!text.includes(normalizeWhitespace(evidence.excerpt))) {
      report(`${path}[${i}].excerpt`, `is not verbatim in the text of source "${String(evidence.source)}"`);
    }
  });
  return checked;
}

function checkQuoteText(quote: Fields, texts: Map<string, string>, report: (f: string, m: string) => void): number {
  const sources = (Array.isArray(quote.evidence) ? (quote.evidence as Fields[]) : [])
    .map((e) => texts.get(String(e.source)))
    .filter((t): t is string => t !== undefined);
  if (!sources.length || typeof quote.text !== 'string') return 0;
  if (!sources.some((t) => t.includes(normalizeWhitespace(quote.text as string)))) {
    report('text', 'is not verbatim in the text of any of its sources on hand');
  }
  return 1;
}

/** A quote must stand verbatim in one of its own evidence excerpts, so it is checked even without source texts. */
export function checkQuoteInExcerpts(quote: Fields, report: (field: string, message: string) => void): void {
  if (typeof quote.text !== 'string' || !Array.isArray(quote.evidence)) return;
  const text = normalizeWhitespace(quote.text);
  const excerpts = (quote.evidence as Fields[]).map((e) => (typeof e.excerpt === 'string' ? normalizeWhitespace(e.excerpt) : ''));
  if (!excerpts.some((excerpt) => excerpt.includes(text))) report('text', 'does not appear verbatim in any of its evidence excerpts');
}
