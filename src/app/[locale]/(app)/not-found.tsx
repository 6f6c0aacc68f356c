import { NotFoundContent } from "@/components/layout/not-found-content";

/** A record that does not exist, inside this group's layout, which already draws the page shell. */
export default function NotFound() {
  return <NotFoundContent />;
}
