// Sample values as sources write them: numbers, or Prometheus' strings ("0.5", "NaN", "+Inf", "-Inf").

/** The number of a sample value; NaN when it is not a number (callers drop non-finite values as no data). */
export function sampleValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  if (v === '+Inf' || v === 'Inf') return Infinity;
  if (v === '-Inf') return -Infinity;
  return v.trim() === '' ? NaN : Number(v);
}

/** Keeps the finite values and counts the others (NaN and +-Inf are no data, e.g. Prometheus' 0/0). */
export function splitFinite(values: number[]): { values: number[]; dropped: number } {
  const finite = values.filter(Number.isFinite);
  return { values: finite, dropped: values.length - finite.length };
}
