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

/** The form's field where a user confirms that text flagged as a personal identity number is not one. */
export const PERSONAL_DATA_CONFIRMATION = "confirmNoPersonalData";

/**
 * Text that looks like a personal identity number. Its form then asks for the confirmation,
 * which it shows only now: offered on every form, it was ticked out of habit.
 */
export class PersonalDataError extends DomainError {
  constructor(field: string) {
    super("privacy.personalNumber", field);
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
