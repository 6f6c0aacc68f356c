import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { NotAuthorizedError } from "@/lib/auth/permissions";
import { changesSince } from "@/lib/audit/queries";
import { translate } from "@/lib/i18n";
import { formDataToObject } from "./form-data";
import { ConflictError, DomainError, NotFoundError } from "./domain-error";
import type { ActionResult } from "./result";

type Handler<S extends z.ZodType, R> = (context: { actor: Actor; input: z.infer<S> }) => Promise<ActionResult<R>>;

/**
 * The one way a server action is built: get the session, parse the form with the shared
 * zod schema, then run the handler, which asks `authorize` and writes in a transaction
 * with its audit entry. Expected refusals become Swedish messages; anything else is
 * logged and shown as a general error, so nothing internal reaches the user.
 */
export function defineAction<S extends z.ZodType, R = undefined>(schema: S, handler: Handler<S, R>) {
  return async (formData: FormData): Promise<ActionResult<R>> => {
    const actor = await currentActor();
    const t = (key: string) => translate(actor?.locale ?? "sv", key);
    if (!actor) return { ok: false, formError: t("errors.signedOut") };

    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "_form";
        fieldErrors[field] ??= t(issue.message);
      }
      return { ok: false, formError: t("errors.checkFields"), fieldErrors };
    }

    try {
      return await handler({ actor, input: parsed.data });
    } catch (error) {
      return toFailure(error, t);
    }
  };
}

async function toFailure(error: unknown, t: (key: string) => string): Promise<ActionResult<never>> {
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, formError: t("errors.checkFields"), fieldErrors: { [error.field]: t(error.messageKey) } }
      : { ok: false, formError: t(error.messageKey) };
  }
  if (error instanceof ConflictError) {
    return {
      ok: false,
      formError: t("errors.conflict"),
      conflict: { changes: await changesSince(error.entityType, error.entityId, error.loadedVersion) },
    };
  }
  if (error instanceof NotAuthorizedError || error instanceof NotFoundError) {
    return { ok: false, formError: t("errors.notAllowed") };
  }
  console.error("Unexpected error in server action", error);
  return { ok: false, formError: t("errors.unexpected") };
}
