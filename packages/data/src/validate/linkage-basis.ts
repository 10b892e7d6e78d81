type Report = (field: string, message: string) => void;
type Fields = Record<string, unknown>;

/** Explicitness values that make a linkage a reading of events rather than the linker's own words. */
const READ_INTO = ['implicit', 'denied'];

const evidenceOf = (holder: unknown): Fields[] => {
  const evidence = (holder as Fields | null)?.evidence;
  return Array.isArray(evidence) ? (evidence as Fields[]) : [];
};

/** Whether the linkage, or one of its steps, cites an author's own reading (claim `analysis`). */
function citesAnalysis(linkage: Fields): boolean {
  const steps = Array.isArray(linkage.history) ? linkage.history : [];
  return [linkage, ...steps].some((holder) => evidenceOf(holder).some((e) => e.claim === 'analysis'));
}

/**
 * An implicit or denied linkage is someone's reading of events: it must say whose reading and why
 * (`inferenceBasis`) and carry that reading as evidence with claim `analysis`.
 */
export function checkLinkageBasis(linkage: Fields, report: Report) {
  const explicitness = String(linkage.explicitness);
  if (!READ_INTO.includes(explicitness)) return;
  if (typeof linkage.inferenceBasis !== 'string' || !linkage.inferenceBasis) {
    report('inferenceBasis', `a linkage marked "${explicitness}" must say whose reading makes it a linkage, and why`);
  }
  if (!citesAnalysis(linkage)) {
    report('evidence', `a linkage marked "${explicitness}" needs that reading in its evidence, with claim "analysis"`);
  }
}
