import { notFound } from "next/navigation";

/**
 * Any deeper address no route matches: answered by (public)/not-found.tsx inside the public
 * layout. Here rather than beside the groups, where only the root layout is around it: a
 * not-found page there must draw the whole page shell, and Next renders that boundary into
 * the payload of every page, signed-in or not.
 */
export default function UnknownAddress() {
  notFound();
}
