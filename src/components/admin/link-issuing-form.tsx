"use client";

import { Link } from "@/i18n/navigation";
import { useEffect, useRef, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import type { ActionResult } from "@/lib/actions/result";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { formatDateTime } from "@/lib/format/dates";

/** What an action that makes a one-time link returns: the link is never stored, so this is the only time it is seen. */
export interface IssuedLink {
  userId: string;
  name: string;
  path: string;
  expiresAt: string;
}

function isIssuedLink(data: unknown): data is IssuedLink {
  return typeof data === "object" && data !== null && "path" in data && typeof (data as IssuedLink).path === "string";
}

/**
 * A form whose action makes a one-time link (inviting a user, resetting a password). On
 * success it shows the whole link once, in a read-only field that is easy to select and
 * copy, with its expiry; focus moves to it so that a screen reader announces it.
 */
export function LinkIssuingForm({
  id,
  action,
  labels,
  className,
  intro,
  userHrefBase,
  children,
}: {
  id: string;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  labels?: Record<string, string>;
  className?: string;
  /** The sentence shown above the link (e.g. "The account has been created ..."). */
  intro: string;
  /** The start of the user's own page's address ("/admin/anvandare/"), to link to it with the link (for a new user). */
  userHrefBase?: string;
  children: React.ReactNode;
}) {
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  return (
    <>
      <ActionForm id={id} action={action} labels={labels} className={className} onSuccess={(data) => setIssued(isIssuedLink(data) ? data : null)}>
        {children}
      </ActionForm>
      {issued && <IssuedLinkPanel id={`${id}-link`} link={issued} intro={intro} userHref={userHrefBase ? `${userHrefBase}${issued.userId}` : undefined} />}
    </>
  );
}

function IssuedLinkPanel({ id, link, intro, userHref }: { id: string; link: IssuedLink; intro: string; userHref?: string }) {
  const locale = usePageLocale();
  const m = messages(locale).admin.users;
  const panel = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? link.path : new URL(link.path, window.location.origin).toString();
  useEffect(() => {
    panel.current?.focus();
  }, [link]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.getElementById(`${id}-url`)?.focus();
      (document.getElementById(`${id}-url`) as HTMLInputElement | null)?.select();
    }
  }
  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="mt-6 max-w-3xl space-y-3 rounded-md border-2 border-green-700 bg-green-50 p-4 text-green-950"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {m.link.title}
      </h2>
      <p>{intro}</p>
      <p>{m.link.intro}</p>
      <div className="space-y-1">
        <label htmlFor={`${id}-url`} className="block font-medium">
          {format(locale, m.link.label, { name: link.name })}
        </label>
        <input
          id={`${id}-url`}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm"
        />
      </div>
      <p>{format(locale, m.link.expires, { at: formatDateTime(link.expiresAt, locale) })}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={copy} className="rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
          {m.link.copy}
        </button>
        <p role="status">{copied ? m.link.copied : ""}</p>
        {userHref && <Link href={userHref}>{link.name}</Link>}
      </div>
    </section>
  );
}
