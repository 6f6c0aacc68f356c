/**
 * An expected refusal with a message for the user: a catalogue key, and the field it
 * belongs to when there is one. Anything else thrown from an action is unexpected.
 */
export class DomainError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/**
 * Someone saved the record after the user loaded it. `during` says what the user was doing:
 * an approval is refused in other words than an edit (nothing typed was lost; they must read
 * the new version before they approve it).
 */
export class ConflictError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly loadedVersion: number,
    readonly during: "edit" | "approval" = "edit",
  ) {
    super(`${entityType} ${entityId} changed after version ${loadedVersion}`);
    this.name = "ConflictError";
  }
}

/** The record does not exist, or the user may not see it: the same answer for both. */
export class NotFoundError extends Error {
  constructor(readonly entityType: string) {
    super(`${entityType} not found`);
    this.name = "NotFoundError";
  }
}
