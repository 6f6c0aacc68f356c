/**
 * An audit entry's changes by field, as it recorded them: `{ from, to }` for a field of a
 * record, or a bare value for an event (a failed sign-in's reason); {} for an entry without.
 */
export function recordedChanges(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
