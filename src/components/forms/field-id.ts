/** The element id of a form field, from its dotted name ("signatories.0.name"). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}
