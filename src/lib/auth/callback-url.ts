/**
 * Where the portal may send someone after signing in (or out), or after choosing a language:
 * a path on this site only. Shared by the sign-in page, the sign-in form, next-auth's
 * redirect callback and the language switch (src/lib/i18n/language-choice.ts).
 *
 * Browsers read `/\evil.example` and `//evil.example` as another host, drop tabs and line
 * breaks from addresses (`/\t/evil.example`), and the value may be decoded once more on the
 * way (`/%5Cevil.example`), so anything that starts like a host, holds a backslash or a
 * control character, raw or escaped, is refused rather than repaired.
 */
export const DEFAULT_AFTER_SIGN_IN = "/oversikt";

const PROBE_ORIGIN = "https://portal.invalid";

export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return null;
  // The path decides where the browser goes; a query or fragment cannot change the host.
  const rawPath = value.split(/[?#]/, 1)[0]!;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  for (const path of [rawPath, decodedPath]) {
    if (!path.startsWith("/") || path.startsWith("//")) return null;
    if (/[\\\u0000-\u001f\u007f\s]/.test(path)) return null;
  }
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into a leading "//" (`/.//evil.example`).
  return path.startsWith("//") ? null : path;
}

export function callbackPathOr(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  return safeCallbackPath(value) ?? fallback;
}

/**
 * next-auth's `callbacks.redirect`: relative paths and absolute addresses on the portal's
 * own origin pass (as paths, checked as above); everything else goes to the start page.
 */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let candidate: string = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      if (absolute.origin !== base.origin) return baseUrl;
      candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    } catch {
      return baseUrl;
    }
  }
  const path = safeCallbackPath(candidate);
  return path ? `${baseUrl.replace(/\/$/, "")}${path}` : baseUrl;
}
