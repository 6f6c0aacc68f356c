/**
 * The element id of a form field, from its form and its dotted name ("signatories.0.name").
 * Two forms on one page may have fields of the same name; the form's id keeps them apart.
 */
export function fieldId(name: string, formId: string): string {
  return `${formId}-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}
