import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  return page;
}

async function createAgreement(page: Page, title: string, caseNumber: string) {
  await page.goto("/avtal");
  await page.getByRole("link", { name: "Nytt samverkansavtal" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nytt samverkansavtal");
  await page.getByLabel("Titel", { exact: true }).first().fill(title);
  await page.getByLabel("Gäller från").fill("2024-01-01");
  await page.getByLabel("Gäller till").fill("2027-12-31");
  await page.getByLabel("Diarienummer").fill(caseNumber);
  await page.getByLabel("Övergripande mål och syfte").fill("Alla som bor och vistas i kommunen ska känna sig trygga.");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status")).toHaveText("Avtalet är skapat.");
  return page.url().split("?")[0]!;
}

async function addGoal(page: Page, title: string, parentLabel?: string) {
  const form = page.locator("#add-goal");
  await form.getByLabel("Mål", { exact: true }).fill(title);
  if (parentLabel) await form.getByLabel("Placering").selectOption({ label: parentLabel });
  await form.getByRole("button", { name: "Lägg till mål" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("officials and police adopt an agreement with focus areas and sub-goals, and the public reads it", async ({ browser }) => {
  const suffix = Date.now().toString().slice(-6);
  const title = `Samverkansavtal 2024–2027 (${suffix})`;
  const official = await as(browser, "kommun@enkoping.demo");
  const url = await createAgreement(official, title, `KS2024/${suffix}`);
  await expectAccessible(official);

  await addGoal(official, "Trygga offentliga miljöer");
  await addGoal(official, "Unga i riskzon");
  await addGoal(official, "Belysning och röjning", "Delmål under 1 Trygga offentliga miljöer");
  await addGoal(official, "Vuxennärvaro kvällstid", "Delmål under 1 Trygga offentliga miljöer");
  await addGoal(official, "SSPF för fler skolor", "Delmål under 2 Unga i riskzon");
  await addGoal(official, "Föräldrastöd", "Delmål under 2 Unga i riskzon");
  const goals = official.locator("#mal");
  await expect(goals.getByRole("heading", { level: 4 })).toHaveText([
    "1.1Belysning och röjning",
    "1.2Vuxennärvaro kvällstid",
    "2.1SSPF för fler skolor",
    "2.2Föräldrastöd",
  ]);
  await expectAccessible(official);

  const police = await as(browser, "polis@enkoping.demo");
  await police.goto(url);
  await police.getByRole("button", { name: "Godkänn för polisen" }).click();
  await expect(police.getByRole("status")).toHaveText("Ditt godkännande är registrerat.");

  // The official's overview shows what waits for the municipality's approval.
  await official.goto("/oversikt");
  await expect(official.getByRole("region", { name: "Väntar på ditt godkännande" }).getByRole("link", { name: title })).toBeVisible();
  await official.goto(url);
  await expect(official.getByRole("region", { name: "Godkännanden" })).toContainText("Godkänt av Jonas Berg");
  await official.getByRole("button", { name: "Godkänn för kommunen" }).click();
  await expect(official.getByRole("status")).toHaveText("Avtalet är antaget.");
  await expect(official.getByText("Antaget", { exact: true })).toBeVisible();
  await expect(official.getByRole("button", { name: /Godkänn/ })).toHaveCount(0);

  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await visitor.goto("/enkoping/samverkansavtal");
  await expectAccessible(visitor);
  await visitor.getByRole("region", { name: "Gällande avtal" }).getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Belysning och röjning")).toBeVisible();
  await expect(visitor.getByText("Föräldrastöd")).toBeVisible();
  await expectAccessible(visitor);
});

test("a draft is invisible to the public, even by its address", async ({ browser }) => {
  const suffix = Date.now().toString().slice(-6);
  const official = await as(browser, "kommun@enkoping.demo");
  const url = await createAgreement(official, `Utkast ${suffix}`, `KS2025/${suffix}`);
  const id = url.split("/").pop();
  const visitor = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  expect((await visitor.goto(`/enkoping/samverkansavtal/${id}`))?.status()).toBe(404);
  await visitor.goto("/enkoping/samverkansavtal");
  await expect(visitor.getByText(`Utkast ${suffix}`)).toHaveCount(0);
  const sitemap = await (await visitor.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/enkoping/samverkansavtal");
  expect(sitemap).not.toContain(id!);
  await official.goto(url);
  await expect(official.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("the second of two people editing the same agreement is told what the first changed", async ({ browser }) => {
  const suffix = Date.now().toString().slice(-6);
  const official = await as(browser, "kommun@enkoping.demo");
  const url = await createAgreement(official, `Konfliktavtal ${suffix}`, `KS2026/${suffix}`);
  const police = await as(browser, "polis@enkoping.demo");

  await official.goto(`${url}/redigera`);
  await police.goto(`${url}/redigera`);

  await official.getByLabel("Titel", { exact: true }).first().fill(`Kommunens rubrik ${suffix}`);
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(`Kommunens rubrik ${suffix}`);

  await police.getByLabel("Övergripande mål och syfte").fill("Polisens formulering");
  await police.getByRole("button", { name: "Spara" }).click();
  const alert = police.getByRole("alert").filter({ hasText: "Någon annan har ändrat samma uppgifter" });
  await expect(alert).toBeFocused();
  await expect(alert).toContainText(`Titel: Konfliktavtal ${suffix} → Kommunens rubrik ${suffix}`);
  await expect(alert).toContainText("Karin Lind");
  // Nothing typed is lost.
  await expect(police.getByLabel("Övergripande mål och syfte")).toHaveValue("Polisens formulering");
  await expectAccessible(police);
});

test("bad input is explained in Swedish at each field and nothing is saved", async ({ browser }) => {
  const official = await as(browser, "kommun@enkoping.demo");
  await official.goto("/avtal/nytt");
  await official.getByLabel("Gäller från").fill("2025-06-01");
  await official.getByLabel("Gäller till").fill("2024-06-01");
  await official.getByLabel("Diarienummer").fill("KS2019/42");
  await official.getByRole("button", { name: "Spara" }).click();

  await expect(official.getByRole("alert").filter({ hasText: "Det finns fel i formuläret" })).toBeFocused();
  await expect(official.getByLabel("Titel", { exact: true }).first()).toHaveAccessibleDescription("Fältet måste fyllas i.");
  await expect(official.getByLabel("Gäller till")).toHaveAccessibleDescription("Slutdatumet kan inte ligga före startdatumet.");
  await expect(official).toHaveURL(/\/avtal\/nytt$/);

  await official.getByLabel("Titel", { exact: true }).first().fill("Avtal med upptaget diarienummer");
  await official.getByLabel("Gäller till").fill("2026-06-01");
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByLabel("Diarienummer")).toHaveAccessibleDescription(
    /Diarienumret används redan för ett annat avtal i kommunen\./,
  );
  await expectAccessible(official);
});

test("a malformed address inside the signed-in portal answers 404, not an error", async ({ browser }) => {
  const official = await as(browser, "kommun@enkoping.demo");
  for (const path of ["/avtal/inte-ett-id", "/loften/redigera", "/loften/inte-ett-id/historik", "/dialoger/123"]) {
    expect((await official.goto(path))?.status(), path).toBe(404);
  }
});
