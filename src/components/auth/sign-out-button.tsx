"use client";

import { signOut } from "next-auth/react";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export function SignOutButton() {
  const locale = usePageLocale();
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="text-white underline hover:text-brand-100">
      {messages(locale).nav.signOut}
    </button>
  );
}
