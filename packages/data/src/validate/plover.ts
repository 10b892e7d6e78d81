type Report = (field: string, message: string) => void;

/** Every event carries a PLOVER event type, or a note saying why none fits. */
export function checkPloverCoded(record: Record<string, unknown>, report: Report): void {
  if (record.plover !== undefined || record.ploverNote !== undefined) return;
  report('plover', 'is missing: give the PLOVER event type, or a ploverNote saying why none fits');
}
