import { notFound } from "next/navigation";

/** Any deeper address no route matches: answered by [locale]/not-found.tsx inside the layout. */
export default function UnknownAddress() {
  notFound();
}
