"use client";

import { signOut } from "next-auth/react";
import { messages } from "@/lib/i18n";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="text-white underline hover:text-brand-100">
      {messages().nav.signOut}
    </button>
  );
}
