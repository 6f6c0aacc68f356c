/**
 * An audit entry's changes by field, as a reader is shown them: `{ from, to }` for a field of
 * a record, or a bare value for an event (a failed sign-in's reason); {} for an entry without.
 * A field empty before and after is left out: a new record recorded every field, those left
 * empty too ({ from: null, to: "" }), and an edit may record "" becoming null; neither is a
 * change anyone made. Nor is a key beginning "_", which an entry keeps to name its record by.
 */
export function recordedChanges(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  // A key beginning "_" is kept for naming the record (a follow-up's activity), not changed by anyone.
  return Object.fromEntries(
    Object.entries(value).filter(([field, change]) => !field.startsWith("_") && !(isChange(change) && isEmpty(change.from) && isEmpty(change.to))),
  );
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return !!value && typeof value === "object" && "from" in value && "to" in value;
}

/** Nothing given: no value, empty text, an empty list, or a box left unticked. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === false || (Array.isArray(value) && value.length === 0);
}
