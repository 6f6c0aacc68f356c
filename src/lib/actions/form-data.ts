/**
 * Turns form fields into the nested object the zod schemas describe:
 * "signatories.0.name" → { signatories: [{ name }] }. Empty strings stay as they are;
 * the schemas decide what an empty field means.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof raw !== "string") continue;
    const path = key.split(".");
    let node: Record<string, unknown> | unknown[] = result;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1]!);
      const slot = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        const existing = container[slot];
        // Repeated names (checkbox groups) collect into an array.
        container[slot] = existing === undefined ? raw : Array.isArray(existing) ? [...existing, raw] : [existing, raw];
      } else {
        container[slot] ??= nextIsIndex ? [] : {};
        node = container[slot] as Record<string, unknown>;
      }
    });
  }
  return compactArrays(result) as Record<string, unknown>;
}

/** Removes holes left by skipped indexes. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  }
  return value;
}
