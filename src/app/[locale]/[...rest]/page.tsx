import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

/** The tab says what the page says: that there is no such page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(await localeOfPage(params)).errors.notFoundTitle };
}

/** Any deeper address no route matches: answered by [locale]/not-found.tsx inside the layout. */
export default function UnknownAddress() {
  notFound();
}
