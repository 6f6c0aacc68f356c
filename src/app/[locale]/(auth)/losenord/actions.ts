"use server";

import { defineAnonymousAction } from "@/lib/actions/define-action";
import { setPasswordWithLink } from "@/lib/users/account";
import { ZSetPassword } from "@/lib/users/schemas";

/** Without a session: the one-time link in the form is the authority, checked and spent by setPasswordWithLink. */
export const setPasswordAction = defineAnonymousAction(ZSetPassword, async ({ input }) => {
  await setPasswordWithLink(input);
  return { ok: true, data: undefined, redirectTo: "/losenord/klart" };
});
