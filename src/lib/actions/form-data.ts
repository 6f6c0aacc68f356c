import qs from "qs";

/**
 * What any real form of the portal stays within. A submission beyond these is not a form
 * a person filled in, and is refused before it is parsed.
 */
export const FORM_LIMITS = {
  /** Fields in one submission (the largest form, a meeting with its items, has a few hundred). */
  parts: 1_000,
  /** Highest row index in a list field ("items.999.title"). */
  arrayIndex: 999,
  /** Nesting of dotted names ("items.0.figures.1.value" is four levels). */
  depth: 6,
} as const;

/** A submission no form of the portal produces: too many fields, a huge index, NUL bytes. */
export class MalformedFormError extends Error {
  constructor(reason: string) {
    super(`Malformed form: ${reason}`);
    this.name = "MalformedFormError";
  }
}

/**
 * Turns form fields into the nested object the zod schemas describe:
 * "signatories.0.name" → { signatories: [{ name }] }; repeated names (checkbox groups)
 * collect into an array. Parsing is qs's, with prototype keys refused, objects without a
 * prototype, and bounded indexes and depth. Empty strings stay as they are; the schemas
 * decide what an empty field means.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const flat: Record<string, string | string[]> = Object.create(null);
  let parts = 0;
  for (const [key, raw] of formData.entries()) {
    if (++parts > FORM_LIMITS.parts) throw new MalformedFormError("too many fields");
    if (key.startsWith("$ACTION")) continue;
    // No form of the portal uploads files.
    if (typeof raw !== "string") throw new MalformedFormError("file field");
    // PostgreSQL text cannot hold NUL, and no keyboard types it.
    if (key.includes("\0") || raw.includes("\0")) throw new MalformedFormError("NUL byte");
    const existing = flat[key];
    flat[key] = existing === undefined ? raw : Array.isArray(existing) ? [...existing, raw] : [existing, raw];
  }
  try {
    return qs.parse(flat as Record<string, string>, {
      allowDots: true,
      allowPrototypes: false,
      plainObjects: true,
      arrayLimit: FORM_LIMITS.arrayIndex,
      depth: FORM_LIMITS.depth,
      strictDepth: true,
      throwOnLimitExceeded: true,
    }) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof RangeError) throw new MalformedFormError(error.message);
    throw error;
  }
}
