import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { NotAuthorizedError } from "@/lib/auth/permissions";
import { changesSince } from "@/lib/audit/queries";
import { translate } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { formDataToObject, MalformedFormError } from "./form-data";
import { ConflictError, DomainError, NotFoundError, PERSONAL_DATA_CONFIRMATION, PersonalDataError } from "./domain-error";
import { uniqueViolationField } from "./unique-violation";
import { SUBMISSION_FIELD } from "./submission-field";
import { claimSubmission, isSubmissionKey, releaseSubmission } from "./submissions";
import type { ActionResult } from "./result";

type Handler<S extends z.ZodType, R> = (context: { actor: Actor; input: z.infer<S> }) => Promise<ActionResult<R>>;

/**
 * The one way a server action is built: get the session, parse the form with the shared
 * zod schema, then run the handler, which asks `authorize` and writes in a transaction
 * with its audit entry. Expected refusals become messages in the page's language; anything else is
 * logged and shown as a general error, so nothing internal reaches the user.
 */
export function defineAction<S extends z.ZodType, R = undefined>(schema: S, handler: Handler<S, R>) {
  return async (formData: FormData): Promise<ActionResult<R>> => {
    const actor = await currentActor();
    const locale = await requestLocale();
    const t = (key: string) => translate(locale, key);
    if (!actor) return { ok: false, formError: t("errors.signedOut") };

    // A crafted request can call the action with anything; only a form is a form.
    if (!(formData instanceof FormData)) return toFailure(new MalformedFormError("not a form"), t);
    const key = formData.get(SUBMISSION_FIELD);
    const submission = isSubmissionKey(key) ? key : null;
    if (submission && !(await claimSubmission(submission, actor.id))) return { ok: false, formError: t("errors.alreadySubmitted") };

    const result = await run(formData, actor, t);
    // A refused submission is not saved: the same filling-in, corrected, may be sent again.
    if (submission && !result.ok) await releaseSubmission(submission, actor.id);
    return result;
  };

  async function run(formData: FormData, actor: Actor, t: (key: string) => string): Promise<ActionResult<R>> {
    try {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path.join(".") || "_form";
          fieldErrors[field] ??= t(issue.message);
        }
        return { ok: false, formError: t("errors.checkFields"), fieldErrors };
      }
      return await handler({ actor, input: parsed.data });
    } catch (error) {
      return toFailure(error, t);
    }
  }
}

/**
 * The one kind of action taken without a session: setting a password with a one-time link,
 * where the link's token is the authority and the handler checks it. Same parsing and
 * Swedish messages as defineAction; no actor, so no submission key (the link is spent once).
 */
export function defineAnonymousAction<S extends z.ZodType, R = undefined>(
  schema: S,
  handler: (context: { input: z.infer<S> }) => Promise<ActionResult<R>>,
) {
  return async (formData: FormData): Promise<ActionResult<R>> => {
    const locale = await requestLocale();
    const t = (key: string) => translate(locale, key);
    if (!(formData instanceof FormData)) return toFailure(new MalformedFormError("not a form"), t);
    try {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_form"] ??= t(issue.message);
        return { ok: false, formError: t("errors.checkFields"), fieldErrors };
      }
      return await handler({ input: parsed.data });
    } catch (error) {
      return toFailure(error, t);
    }
  };
}

/** What a refused action answers; exported for the tests. */
export async function toFailure(error: unknown, t: (key: string) => string): Promise<ActionResult<never>> {
  if (error instanceof PersonalDataError) {
    return {
      ok: false,
      formError: t("errors.checkFields"),
      fieldErrors: { [error.field!]: t(error.messageKey), [PERSONAL_DATA_CONFIRMATION]: t("privacy.confirmIfNotPersonalNumber") },
    };
  }
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, formError: t("errors.checkFields"), fieldErrors: { [error.field]: t(error.messageKey) } }
      : { ok: false, formError: t(error.messageKey) };
  }
  if (error instanceof ConflictError) {
    return {
      ok: false,
      formError: t(error.during === "approval" ? "errors.approvalConflict" : "errors.conflict"),
      conflict: { changes: await changesSince(error.entityType, error.entityId, error.loadedVersion), entityType: error.entityType, during: error.during },
    };
  }
  if (error instanceof NotAuthorizedError || error instanceof NotFoundError) {
    return { ok: false, formError: t("errors.notAllowed") };
  }
  if (error instanceof MalformedFormError) {
    return { ok: false, formError: t("errors.malformedForm") };
  }
  // Two saves raced past the checks that look for a duplicate; the database refused the second.
  const duplicate = uniqueViolationField(error);
  if (duplicate) {
    return { ok: false, formError: t("errors.checkFields"), fieldErrors: { [duplicate]: t("errors.duplicate") } };
  }
  console.error("Unexpected error in server action", error);
  return { ok: false, formError: t("errors.unexpected") };
}
