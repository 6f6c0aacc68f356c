import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * Each demo role's overview end to end: the sections their role gets, the charts' table
 * alternatives with figures that link to the records behind them, and axe at desktop and
 * phone width. The exact figures are proved by tests/integration/dashboard.test.ts.
 */

async function demoAgreementId(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Agreement" WHERE title = 'Samverkansavtal 2022–2023: Enköping – en trygg och säker kommun'`);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

async function overviewAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("the municipal official sees their work, their agreement's progress by focus area and recent changes", async ({ page }) => {
  await overviewAs(page, "kommun@enkoping.demo");
  for (const heading of ["Mina uppföljningar", "Mina rader i åtgärdsplan och löften", "Uppföljning att rapportera", "Väntar på ditt godkännande", "Kommande möten", "Avtal, åtgärdsplan och löften", "Senaste ändringar"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Kommunerna i polisområdet" })).toHaveCount(0);
  // The chart comes with a table of the same figures.
  await expect(page.getByRole("table", { name: /Tabell med samma siffror: Per fokusområde: Enköpings kommun/ }).first()).toBeVisible();
  // Every row of mine links to the record behind it (the demo's action plan names the official's department).
  const mine = page.getByRole("table", { name: "Tabell: Mina rader i åtgärdsplan och löften" });
  await expect(mine.getByRole("link").first()).toHaveAttribute("href", /^\/(atgardsplaner|loften)\//);
  await expectAccessible(page);
});

test("the official opens the report from the overview, and it downloads as PDF and CSV", async ({ page }) => {
  await overviewAs(page, "kommun@enkoping.demo");
  await page.getByRole("link", { name: /^Rapport för / }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Rapport: / })).toBeVisible();
  // The tab names the agreement as the heading does, not "Rapport" for every one.
  await expect(page).toHaveTitle(`${await page.getByRole("heading", { level: 1 }).innerText()} – Samverkansportalen`);
  await expect(page.getByRole("heading", { name: "Sammanfattning" })).toBeVisible();
  await expectAccessible(page);
  // The demo's report opens on its follow-ups, so the table of who reported in the period is there too: the list by its exact label.
  await page.getByLabel("Period", { exact: true }).selectOption({ index: 0 });
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/period=/);
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner som PDF" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^rapport-enkoping-.+\.pdf$/);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner som CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^rapport-enkoping-.+\.csv$/);
  // Who reported: one line per reporter with their follow-ups in the period; every single one is in the PDF.
  // On the demo agreement of 2022–2023, whose 2024 follow-ups are known (other tests add agreements that replace it).
  const report = `/avtal/${await demoAgreementId()}/rapport`;
  // The agreement's own page leads to its report too.
  await page.goto(`/avtal/${await demoAgreementId()}`);
  await page.getByRole("link", { name: /^Rapport för / }).click();
  await expect(page).toHaveURL(new RegExp(`${report}$`));
  await page.goto(`${report}?period=2024`);
  await expect(page.getByText(/^2 uppföljningar i perioden\. Varje uppföljning med rad, period/)).toBeVisible();
  // 2024 lies after the agreement's years, in its action plan's: the period list offers it, and shows it as the one chosen.
  await expect(page.getByLabel("Period", { exact: true })).toHaveValue("2024");
  // A period that is none is not found, on the page and in both downloads alike.
  for (const address of [report, `${report}/pdf`, `${report}/csv`]) expect((await page.request.get(`${address}?period=T4-2024`)).status(), address).toBe(404);
  const who = page.getByRole("table", { name: "Uppföljningar i perioden per rapportör" });
  for (const name of [/^Jonas Berg/, /^Karin Lind/]) {
    const cells = who.getByRole("row", { name }).getByRole("cell");
    await expect(cells.nth(0)).toHaveText("1"); // follow-ups
    await expect(cells.nth(1)).toHaveText("1"); // rows
  }
  await expectAccessible(page);
});

test("police staff compare the municipalities of their police area side by side", async ({ page }) => {
  await overviewAs(page, "polis@enkoping.demo");
  await expect(page.getByRole("heading", { name: "Avtal, åtgärdsplan och löften" })).toBeVisible();
  // Enköping/Håbo covers two municipalities: they are compared side by side.
  await expect(page.getByRole("heading", { name: "Kommunerna i polisområdet" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Rader per kommun och läge/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Alla kommuner" })).toHaveCount(0);
  // Side by side only; one municipality in detail when chosen, not all of them at once.
  await expect(page.getByRole("table", { name: /Tabell med samma siffror: Per fokusområde/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Visa Enköpings kommun i detalj" }).click();
  await expect(page.getByRole("table", { name: /Tabell med samma siffror: Per fokusområde: Enköpings kommun/ }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: /Per fokusområde: Håbo kommun/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Visa Enköpings kommun i detalj" })).toHaveAttribute("aria-current", "true");
  await expectAccessible(page);
});

test("a forum member sees their forums' open items and latest situational picture, and no agreement figures", async ({ page }) => {
  await overviewAs(page, "forum@enkoping.demo");
  await expect(page.getByRole("heading", { name: "Öppna åtgärder i dina forum" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Senaste lägesbild i dina forum" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kommande möten" })).toBeVisible();
  // A forum member reports no follow-ups, so is offered none to report (the link would lead to a 404).
  await expect(page.getByRole("heading", { name: "Uppföljning att rapportera" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Avtal, åtgärdsplan och löften" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the administrator sees every municipality, how current it is, a page at a time", async ({ page }) => {
  await overviewAs(page, "admin@samverkan.demo");
  await expect(page.getByRole("heading", { name: "Alla kommuner" })).toBeVisible();
  const table = page.getByRole("table", { name: /Kommunerna, sida 1/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Enköping" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Enköpings kommun", exact: true })).toHaveAttribute("href", "/arbetsgang/enkoping");
  await expectAccessible(page);
  // An address past the end (an old bookmark) shows the last page, not an empty table.
  await page.goto("/oversikt?sida=999");
  const last = page.getByRole("table", { name: /Kommunerna, sida 1/ });
  await expect(last).toBeVisible();
  await expect(last.getByRole("rowheader", { name: "Enköping" })).toBeVisible();
});

test("a report out of reach is not found", async ({ page }) => {
  await overviewAs(page, "forum@enkoping.demo");
  const response = await page.goto("/avtal/00000000-0000-4000-8000-000000000000/rapport");
  expect(response?.status()).toBe(404);
  const csv = await page.request.get("/avtal/00000000-0000-4000-8000-000000000000/rapport/csv");
  expect(csv.status()).toBe(404);
  expect(await csv.text()).toBe("Sidan finns inte");
  expect(csv.headers()["cache-control"]).toBe("private, no-store");
  // The download answers in the language of the address it was asked for.
  const pdf = await page.request.get("/en/avtal/00000000-0000-4000-8000-000000000000/rapport/pdf");
  expect(pdf.status()).toBe(404);
  expect(await pdf.text()).toBe("Page not found");
});
