import { cache } from "react";

/**
 * A page's read of what its address lists, made once a request however often it is asked
 * for: a list's generateMetadata names the page it shows ("– sida 12" for ?sida=999 on a list
 * of twelve pages), which only the read knows, and the page renders the same read. React's
 * cache compares arguments by identity, and Next hands generateMetadata and the page each
 * their own searchParams object, so the address's parameters are compared by value.
 */
export function oncePerRequest<P extends object, R>(read: (params: P) => Promise<R>): (params: P) => Promise<R> {
  const byParams = cache((params: string) => read(JSON.parse(params) as P));
  return (params) => byParams(JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))));
}
