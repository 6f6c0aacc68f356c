"use server";

import { defineAction } from "@/lib/actions/define-action";
import { messages } from "@/lib/i18n";
import { rememberLocale } from "@/lib/i18n/remember";
import { changeOwnLocale, changeOwnPassword } from "@/lib/users/account";
import { ZChangeLocale, ZChangePassword } from "@/lib/users/schemas";

/** Every session ends with the change, this one too: the user signs in again with the new password. */
export const changePasswordAction = defineAction(ZChangePassword, async ({ actor, input }) => {
  await changeOwnPassword(actor, input);
  return { ok: true, data: undefined, redirectTo: "/losenord/klart" };
});

export const changeLocaleAction = defineAction(ZChangeLocale, async ({ actor, input }) => {
  await changeOwnLocale(actor, input);
  await rememberLocale(input.locale);
  return { ok: true, data: undefined, message: messages(input.locale).account.locale.saved, redirectTo: `/${input.locale}/konto` };
});
