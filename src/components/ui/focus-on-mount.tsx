"use client";

import { useEffect, useRef } from "react";

/** The status messages on the page now. */
const shown = new Set<HTMLElement>();

/**
 * Called by a form whose save goes on to `href`. A page that shows a message mounts it and
 * it takes focus; but when the save comes back to the address it was made on, the message
 * already there (the same ?notice=saved after a second save) does not mount again, so it
 * takes focus here, or keyboard and screen-reader users would be left on the page top.
 */
export function focusStatusOn(href: string) {
  const url = new URL(href, window.location.href);
  if (url.pathname + url.search !== window.location.pathname + window.location.search) return;
  [...shown].at(-1)?.focus();
}

/**
 * A status message that takes focus when it appears, so that after a save that reloaded
 * the page, keyboard and screen-reader users start from what happened, not the page top.
 */
export function FocusOnMount({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    shown.add(element);
    return () => void shown.delete(element);
  }, []);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={className}>
      {children}
    </p>
  );
}
