// Signs in over HTTP as a browser's form would (next-auth 4's credentials flow): the CSRF
// token and its cookie from /api/auth/csrf, then the form posted to the credentials
// callback. Returns the Cookie header that carries the session.
export async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/oversikt` }),
  });
  // The session token, possibly split into chunks (name.0, name.1) when large.
  const session = cookieHeader(response).split("; ").filter((c) => /^(__Secure-)?next-auth\.session-token/.test(c));
  if (session.length === 0) throw new Error(`Sign-in as ${email} failed: ${response.status} ${response.headers.get("location") ?? ""}`);
  return session.join("; ");
}

function cookieHeader(response) {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
