import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

/** The tab says what the page says, as a record's 404 does. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(await localeOfPage(params)).errors.notFoundTitle };
}

/**
 * Any deeper address no route matches: answered by (public)/not-found.tsx inside the public
 * layout. Here rather than beside the groups, where only the root layout is around it: a
 * not-found page there must draw the whole page shell, and Next renders that boundary into
 * the payload of every page, signed-in or not.
 */
export default function UnknownAddress() {
  notFound();
}
