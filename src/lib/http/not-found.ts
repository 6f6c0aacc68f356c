import { messages, type Locale } from "@/lib/i18n";

/**
 * A download or feed that names nothing (or nothing the reader may see): a plain 404 in the
 * reader's language, kept by no cache (what it names may exist a moment later, and a signed-in
 * download's answer is the reader's own).
 */
export function notFoundText(locale: Locale): Response {
  return new Response(messages(locale).errors.notFoundTitle, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
