// Readers for values inside untrusted API JSON: each returns the value in the type we need, or null.
// Adapters read site responses whose shape drifts over the years; a wrong type is "absent", never a crash.

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const finiteNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A site id: a non-empty string, or a number (HN ids are integers). */
export function idText(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  return Number.isSafeInteger(value) ? String(value) : null;
}

export const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function isoOf(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Unix seconds (HN `time`, Reddit `created_utc`) → ISO-8601. */
export function isoFromSeconds(value: unknown): string | null {
  const seconds = finiteNumber(value);
  return seconds === null ? null : isoOf(new Date(seconds * 1000));
}

/** A date string the site wrote (ISO-8601, or HN's zone-less "2015-06-08T19:35:45") → ISO-8601 in UTC. */
export function isoFromText(value: unknown): string | null {
  const written = text(value)?.trim();
  if (!written) return null;
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(written) ? `${written}Z` : written;
  return isoOf(new Date(zoned));
}
