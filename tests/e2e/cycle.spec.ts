import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * The law's cycle end to end: a lägesbild with two indicators, an action plan with three
 * measures under two focus areas of the agreement, approved by the police and the
 * municipality, a monthly deviation, and the cycle page showing where Enköping stands.
 */

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  return page;
}

const AGREEMENT = "Samverkansavtal 2022–2023: Enköping – en trygg och säker kommun";
const today = () => new Date().toISOString().slice(0, 10);

async function chooseOption(page: Page, formId: string, label: string | RegExp, optionText: string) {
  const select = page.locator(`#${formId}`).getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: optionText }).first().getAttribute("value");
  await select.selectOption(value!);
}

async function addIndicator(page: Page, name: string, unit: string, place: string, baseline: string) {
  const form = page.locator("#add-indicator");
  await form.getByLabel("Indikator", { exact: true }).fill(name);
  await form.getByLabel("Enhet", { exact: true }).fill(unit);
  await form.getByLabel("Plats").fill(place);
  await form.getByLabel("Nollvärde", { exact: true }).fill(baseline);
  await form.getByLabel("Nollvärdets datum").fill("2024-12-31");
  await form.getByRole("button", { name: "Lägg till indikator" }).click();
  await expect(page.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
}

async function addMeasure(page: Page, goal: string, title: string, options: { cause: string; late?: boolean; indicator?: string }) {
  const form = page.locator("#add-measure");
  await chooseOption(page, "add-measure", "Fokusområde eller delmål", goal);
  await form.getByLabel("Orsak eller problem").fill(options.cause);
  await form.getByLabel("Åtgärd", { exact: true }).fill(title);
  await form.getByLabel("Operativt mål").fill("Mätbart: se målvärde");
  await form.getByLabel("Mål i antal").fill("4");
  await form.getByLabel(/^Enhet/).fill("tillfällen");
  if (options.indicator) {
    await chooseOption(page, "add-measure", /^Indikator/, options.indicator);
    await form.getByLabel("Målvärde för indikatorn").fill("22");
  }
  await form.getByLabel("Kommunens bidrag").fill("Samordnar och bjuder in.");
  await form.getByLabel("Polisens bidrag").fill("Deltar med kommunpolis.");
  await form.getByLabel("Uppföljningsmetod").fill("Antal tillfällen per månad");
  await form.getByLabel(/^Typ/).selectOption({ label: "Särskild insats" });
  await form.getByRole("checkbox", { name: "Socialförvaltningen" }).check();
  await form.getByRole("button", { name: "Lägg till åtgärd" }).click();
  await expect(page.getByRole("rowheader", { name: new RegExp(title) })).toBeVisible();
}

test("an official and the police take Enköping through the law's cycle", async ({ browser }) => {
  // A long journey over many pages, each checked by axe at two widths.
  test.setTimeout(240_000);
  const suffix = Date.now().toString().slice(-6);
  const analysisTitle = `Lägesbild Enköping (${suffix})`;
  const planTitle = `Åtgärdsplan Enköping (${suffix})`;
  const official = await as(browser, "kommun@enkoping.demo");

  // The lägesbild, with two indicators with a baseline.
  await official.goto("/lagesbild");
  await expectAccessible(official);
  await official.getByRole("link", { name: "Ny lägesbild" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Ny lägesbild");
  await expectAccessible(official);
  await official.getByLabel("Rubrik").fill(analysisTitle);
  await official.getByLabel("Lägesbildens datum").fill(today());
  await official.getByLabel("Kartläggning av brottsligheten").fill("Skadegörelse och stölder i centrum och på Västerleden kvällstid, fler än 2023.");
  await official.getByLabel("Vilka som deltagit").fill("Socialförvaltningen och lokalpolisområde Enköping/Håbo.");
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(analysisTitle);
  await expect(official.getByRole("status")).toHaveText("Lägesbilden är sparad.");
  await addIndicator(official, "Anmälda brott per 1 000 invånare", "per 1 000 invånare", "Västerleden", "92,4");
  await addIndicator(official, "Andel otrygga kvällstid", "%", "Hela kommunen", "27");
  // A value typed wrong (2,5 for 25) is corrected: removed from the series and recorded again.
  const valueForm = official.locator("#add-indicator-value");
  await valueForm.getByLabel("Indikator", { exact: true }).selectOption({ label: "Andel otrygga kvällstid" });
  await valueForm.getByLabel("Mätdatum").fill("2025-06-30");
  await valueForm.getByLabel("Värde").fill("2,5");
  await valueForm.getByRole("button", { name: "Registrera värde" }).click();
  const otrygga = official.getByRole("row", { name: /Andel otrygga kvällstid/ });
  await expect(otrygga).toContainText("30 juni 2025: 2,5");
  await otrygga.getByRole("button", { name: "Ta bort värdet 30 juni 2025 för Andel otrygga kvällstid" }).click();
  await expect(otrygga).not.toContainText("30 juni 2025: 2,5");
  await valueForm.getByLabel("Indikator", { exact: true }).selectOption({ label: "Andel otrygga kvällstid" });
  await valueForm.getByLabel("Mätdatum").fill("2025-06-30");
  await valueForm.getByLabel("Värde").fill("25");
  await valueForm.getByRole("button", { name: "Registrera värde" }).click();
  await expect(otrygga).toContainText("30 juni 2025: 25");
  await expectAccessible(official);

  // The action plan under the agreement, from its focus areas.
  await official.goto("/avtal");
  await official.getByRole("link", { name: AGREEMENT }).click();
  await official.getByRole("link", { name: "Ny åtgärdsplan" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Ny åtgärdsplan");
  await expectAccessible(official);
  await official.getByLabel("Rubrik", { exact: true }).fill(planTitle);
  // A plan for this year and the next, newer than the demo's, so this month can be followed up.
  const year = new Date().getUTCFullYear();
  await official.getByLabel("Gäller från").fill(`${year}-01-01`);
  await official.getByLabel("Gäller till").fill(`${year + 1}-12-31`);
  await chooseOption(official, "new-action-plan", /^Bygger på lägesbild/, analysisTitle);
  await official.getByRole("button", { name: "Ny åtgärdsplan" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(planTitle);
  await addMeasure(official, "Basera gemensamma", "Gemensam lägesbild varje tertial", { cause: "Insatser saknar gemensam bild." });
  await addMeasure(official, "Basera gemensamma", "Trygghetsvandringar på Västerleden", { cause: "Otrygghet kvällstid.", indicator: "Andel otrygga" });
  await addMeasure(official, "Vidareutveckla och stärka", "Polisen på plats vid fritidsgårdarna", { cause: "Lågt förtroende bland unga." });
  await expect(official.getByRole("table")).toHaveCount(2); // two focus areas
  await expectAccessible(official);
  const planUrl = official.url().split(/[?#]/)[0]!;

  // While the plan is a draft its measures move (and move back) and are removed after asking first.
  await official.getByRole("button", { name: "Flytta ned åtgärd 1" }).click();
  await expect(official.getByRole("rowheader", { name: /^2\. Gemensam lägesbild/ })).toBeVisible();
  await official.getByRole("button", { name: "Flytta upp åtgärd 2" }).click();
  await expect(official.getByRole("rowheader", { name: /^1\. Gemensam lägesbild/ })).toBeVisible();
  await addMeasure(official, "Vidareutveckla och stärka", "Tillfällig åtgärd", { cause: "Prov." });
  await official.getByRole("link", { name: "Ta bort åtgärd: Åtgärd 4" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Ta bort åtgärd 4?");
  await expectAccessible(official);
  await official.getByRole("button", { name: "Ja, ta bort åtgärden" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(planTitle);
  await expect(official.getByRole("rowheader", { name: /Tillfällig åtgärd/ })).toHaveCount(0);

  // Police approve, then the municipality: the plan is adopted.
  const police = await as(browser, "polis@enkoping.demo");
  await police.goto(planUrl);
  await expectAccessible(police);
  await police.getByRole("button", { name: "Godkänn för polisen" }).click();
  await expect(police.getByRole("status")).toHaveText("Ditt godkännande är registrerat.");
  await official.goto(planUrl);
  await official.getByRole("button", { name: "Godkänn för kommunen" }).click();
  await expect(official.getByRole("status")).toHaveText("Åtgärdsplanen är antagen av båda parter.");
  await expect(official.getByText("Antagen", { exact: true })).toBeVisible();
  await expect(official.getByRole("link", { name: /Redigera åtgärd/ })).toHaveCount(0);

  // A monthly deviation: red.
  await official.getByRole("link", { name: "Följ upp: Åtgärd 2" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Uppföljning av Trygghetsvandringar på Västerleden");
  await expectAccessible(official);
  const form = official.locator("#follow-up-form");
  // This month, by its name.
  const month = new Intl.DateTimeFormat("sv-SE", { month: "long", timeZone: "UTC" }).format(new Date());
  await form.getByLabel("Period", { exact: true }).selectOption({ label: month.charAt(0).toUpperCase() + month.slice(1) });
  await form.getByLabel("År", { exact: true }).selectOption(String(new Date().getUTCFullYear()));
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "Avvikelse" });
  await form.getByLabel("Bedömning (grön, gul, röd)").selectOption({ label: "Röd" });
  await form.getByLabel(/^Antal .*under perioden/).fill("1");
  await form.getByLabel("Vad som gjordes").fill("En av två vandringar ställdes in: för få anmälda.");
  await form.getByRole("button", { name: "Registrera uppföljning" }).click();
  await expect(official.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(official.getByRole("region", { name: "Uppföljning", exact: true }).getByText("Röd")).toBeVisible();

  // The responsible organisation's overview shows the red measure.
  await official.goto("/oversikt");
  await expect(official.getByRole("region", { name: "Åtgärder som behöver uppmärksamhet" }).getByRole("link", { name: "Trygghetsvandringar på Västerleden" }).first()).toBeVisible();
  await expectAccessible(official);

  // The cycle page: the lägesbild, the adopted plan and its red measure.
  await official.goto("/arbetsgang");
  await expect(official).toHaveURL(/\/arbetsgang\/enkoping$/);
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Arbetsgången i Enköpings kommun");
  await expect(official.getByRole("link", { name: analysisTitle })).toBeVisible();
  await expect(official.getByRole("link", { name: planTitle })).toBeVisible();
  await expect(official.getByText(/Godkänd av .*Jonas Berg/)).toBeVisible();
  await expect(official.getByRole("region", { name: "Åtgärder efter status" })).toContainText(/Röd\s*1/);
  await expectAccessible(official);
});
