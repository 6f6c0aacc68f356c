import type { Page, Response } from "@playwright/test";
import { createPromiseWithCriteria, expect, signIn, test } from "./fixtures";

const PROMISE_URL = "/enkoping/medborgarloften/forstarkt-forebyggande-arbete-bland-ungdomar-2021-2023";

/** Every CSP report the browser makes on this page: its own console line, and the DOM event. */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy|csp-violation/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`csp-violation ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

/** The response's policy: present, scripts by nonce and from this origin only, and the page's scripts carry that nonce. */
async function expectStrictCsp(response: Response | null): Promise<string> {
  expect(response, "a document response").not.toBeNull();
  const csp = response!.headers()["content-security-policy"];
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  const scriptSrc = csp!.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  expect(scriptSrc).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc!)?.[1];
  expect(nonce, "a nonce in script-src").toBeTruthy();
  // Over http (as here) no HSTS; it is sent only when NEXTAUTH_URL is https.
  expect(response!.headers()["strict-transport-security"]).toBeUndefined();

  // Every inline script in the HTML as sent carries the header's nonce.
  const html = await response!.text();
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/** React has hydrated: a next/link click navigates on the client, without loading a new document. */
async function expectClientNavigation(page: Page, link: ReturnType<Page["getByRole"]>, url: RegExp) {
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await link.click();
  await expect(page).toHaveURL(url);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
}

test("signing out ends the session: a copy of its cookie no longer signs anyone in", async ({ page, browser }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  const cookie = (await page.context().cookies()).find((c) => /next-auth\.session-token$/.test(c.name));
  expect(cookie, "the session cookie").toBeDefined();
  expect(cookie!.httpOnly).toBe(true);

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/$/);

  // The copied cookie, put back into this browser and into another one.
  await page.context().addCookies([cookie!]);
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logga-in/);
  const other = await browser.newContext({ locale: "sv-SE" });
  await other.addCookies([cookie!]);
  const thief = await other.newPage();
  await thief.goto("/avtal");
  await expect(thief).toHaveURL(/\/logga-in/);
  await other.close();
});

test("a public page, also when served from Next's cache, has a strict CSP and still works", async ({ page }) => {
  const violations = collectCspViolations(page);
  const first = await expectStrictCsp(await page.goto(PROMISE_URL));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The second visit is served from the cache: the header must carry the nonce the cached copy was rendered with.
  const cached = await page.goto(PROMISE_URL);
  expect(cached?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await expectStrictCsp(cached)).toBe(first);
  await expectClientNavigation(page, page.getByRole("link", { name: /^Alla medborgarlöften i Enköpings kommun/ }), /\/enkoping\/medborgarloften$/);
  await expectStrictCsp(await page.goto("/"));
  expect(violations).toEqual([]);
});

test("a signed-in page has a strict CSP with a new nonce on every response and still works", async ({ page }) => {
  const violations = collectCspViolations(page);
  await signIn(page, "polis@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  const first = await expectStrictCsp(await page.goto("/oversikt"));
  const second = await expectStrictCsp(await page.goto("/oversikt"));
  expect(second).not.toBe(first);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectClientNavigation(page, page.getByRole("navigation").getByRole("link", { name: "Samverkansavtal", exact: true }), /\/avtal$/);
  await expectStrictCsp(await page.goto("/logga-in"));
  expect(violations).toEqual([]);
});

test("sign-in sends the browser only to paths on this site", async ({ page }) => {
  await page.goto("/logga-in?callbackUrl=/%5Cevil.example");
  await page.getByLabel("E-postadress").fill("kommun@enkoping.demo");
  await page.getByLabel("Lösenord").fill("Demo-2026!");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/oversikt$/);
});

test("meeting minutes as PDF are never kept by a cache", async ({ page }) => {
  await signIn(page, "forum@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto("/forum");
  await page.getByRole("link", { name: "Tryggare Enköping" }).click();
  const form = page.locator("#schedule-meeting");
  await form.getByLabel("Datum och tid").fill("2027-05-04T09:00");
  await form.getByLabel("Dagordning").fill("1. Lägesbild");
  await form.getByRole("button", { name: "Planera möte" }).click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
  const meetingUrl = page.url().split("?")[0]!;
  expect(meetingUrl).toMatch(/\/moten\/[0-9a-f-]+$/);

  const pdf = await page.request.get(`${meetingUrl}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toBe("private, no-store");
});

test("a forged X-Forwarded-For gives no fresh sign-in attempts", async ({ request }) => {
  // An account that does not exist, so no one else's sign-ins are slowed down.
  const email = `ingen-${Date.now()}@example.se`;
  const attempt = async (i: number) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email, password: `fel-${i}`, csrfToken, json: "true" },
      headers: { "X-Forwarded-For": `198.51.100.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` },
      maxRedirects: 0,
    });
    const body = (await response.json()) as { url: string };
    return new URL(body.url).searchParams.get("error");
  };
  for (let i = 0; i < 5; i++) expect(await attempt(i)).toBe("CredentialsSignin");
  expect(await attempt(5)).toBe("Throttled");
});

test("a server action sent from another site is refused with 403, not an error", async ({ request }) => {
  const form = { headers: { "Next-Action": "0".repeat(42), "Content-Type": "multipart/form-data; boundary=x", Origin: "https://evil.example" }, data: "--x--\r\n" };
  for (const path of ["/loften/nytt", "/en/loften/nytt"]) {
    const response = await request.post(path, form);
    expect(response.status(), path).toBe(403);
    // Before routing there is no page language: Swedish first, English after, in either tree.
    expect(await response.text(), path).toBe("Portalens formulär kan bara skickas från portalens egna sidor. / A server action can only be called from the portal's own pages.");
  }
});

test("a form sent with a file part passes the proxy's multipart check and is answered by its action, and saves without it", async ({ page }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto("/loften/nytt");
  // No form of the portal has a file field: one added here makes React send a file part, which
  // the proxy must let through for the action to refuse with its own message.
  const form = page.locator("form", { has: page.getByRole("button", { name: "Spara" }) });
  await form.evaluate((element) => element.insertAdjacentHTML("beforeend", '<input type="file" name="bilaga" id="bilaga">'));
  await page.locator("#bilaga").setInputFiles({ name: "bilaga.txt", mimeType: "text/plain", buffer: Buffer.from("rad 1\r\n--XX\r\nrad 2") });
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Formuläret kunde inte läsas: det har fler fält eller större värden än något formulär i portalen. Inget har sparats.")).toBeVisible();

  const title = `Flerdelat formulär ${Date.now()}`;
  await createPromiseWithCriteria(page, title, "Centrum");
});
