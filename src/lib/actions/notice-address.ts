/**
 * The address to stay on after an action that names no page of its own to go to: the one
 * the reader is on, without the `?notice=` an earlier action left there (see
 * src/components/ui/notice.tsx). Kept, it would go on announcing that earlier outcome
 * ("Aktiviteten är tillagd.") as if it were this one's. Null when there is nothing to drop.
 */
export function withoutNotice(address: string): string | null {
  const url = new URL(address, "http://portal.invalid");
  if (!url.searchParams.has("notice")) return null;
  url.searchParams.delete("notice");
  return url.pathname + url.search + url.hash;
}
