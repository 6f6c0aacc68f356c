import { formDataToObject } from "@/lib/actions/form-data";
import { currentActor } from "@/lib/auth/current-actor";
import { refusalResponse } from "@/lib/http/request-guard";
import { pageInLanguage, ZChooseLanguage, type TChooseLanguage } from "@/lib/i18n/language-choice";
import { rememberLocale } from "@/lib/i18n/remember";
import { changeOwnLocale } from "@/lib/users/account";

/**
 * The header's language switch: the one place, with the account page, where a reader
 * chooses a language. The choice is kept in the reader's cookie, so addresses without a
 * prefix open in it (src/proxy.ts), and for a signed-in user it is stored on the user as the
 * account page stores it, so it follows them to their next sign-in. Then the same page, in
 * the chosen language. A POST from the page's form, so that no link from elsewhere (nor a
 * prefetch) changes anyone's language.
 */
export async function POST(request: Request) {
  // A form on another site gets 403 before it reaches here (src/lib/http/request-guard.ts),
  // so no other site changes a reader's language, nor a user's stored one.
  const choice = await readChoice(request);
  if (!choice) return refusalResponse({ status: 400, reason: "languageChoice" });

  const actor = await currentActor();
  if (actor) await changeOwnLocale(actor, { locale: choice.locale });
  await rememberLocale(choice.locale);
  // 303: the browser fetches the page with GET. The answer sets this reader's cookie: no cache may keep it.
  return new Response(null, { status: 303, headers: { Location: pageInLanguage(choice.locale, choice.page), "Cache-Control": "private, no-store" } });
}

/** The switch's form, or null for anything else: another kind of body, a form beyond any of the portal's, an unknown language. */
async function readChoice(request: Request): Promise<TChooseLanguage | null> {
  try {
    return ZChooseLanguage.safeParse(formDataToObject(await request.formData())).data ?? null;
  } catch {
    return null;
  }
}
