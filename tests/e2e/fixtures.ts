import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo-2026!";

/** The narrowest phone screen the portal is built for (WCAG 1.4.10 reflow at 320 CSS px is met at 375). */
export const PHONE = { width: 375, height: 812 };

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * WCAG 2.1 AA as axe checks it, on the page as it is and again at phone width; serious
 * and critical violations fail the test. Element ids must be unique, or labels and error
 * links point at the wrong control; and nothing may stick out sideways at phone width.
 */
export async function expectAccessible(page: Page) {
  // Next streams metadata on dynamic pages: every page must end up with a title.
  await expect(page).toHaveTitle(/\S/);
  const duplicateIds = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicateIds, "element ids must be unique on the page").toEqual([]);
  expect(await blockingViolations(page)).toEqual([]);

  const size = page.viewportSize();
  if (size && size.width > PHONE.width) {
    await page.setViewportSize(PHONE);
    try {
      expect(await blockingViolations(page), "at phone width").toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "the page scrolls sideways at phone width").toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(size);
    }
  }
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/** A page in a browser context of its own, signed in as `email`, on their overview. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  return page;
}

/** A new promise with its period, place and the four criteria (/loften/nytt), saved: the page is then the promise's. */
export async function createPromiseWithCriteria(page: Page, title: string, place: string) {
  await page.goto("/loften/nytt");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Gäller från").fill("2026-01-01");
  await page.getByLabel("Gäller till").fill("2027-12-31");
  await page.getByLabel("Plats", { exact: true }).fill(place);
  await page.getByLabel("Hur löftet ökar tryggheten").fill("Fler vuxna ute kvällstid.");
  await page.getByLabel("Hur löftet förebygger brott").fill("Tidiga insatser vid skolorna.");
  await page.getByLabel("Hur löftet ökar medborgarnas delaktighet").fill("Boende går trygghetsvandringar.");
  await page.getByLabel("Hur löftet stärker förtroendet för polisen").fill("Polisen är på plats varje vecka.");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

export const test = base;
export { expect };
