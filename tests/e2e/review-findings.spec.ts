// What a reviewer found in the signed-in pages, as a user meets it: an approval refused in
// approval terms, a promise's goals and dialogues on its page, a goal's parent chooser, and a
// dialogue saved from a filtered list.
import type { Page } from "@playwright/test";
import { createPromiseWithCriteria, expect, expectAccessible, signedInPage, signIn, test } from "./fixtures";

async function addActivity(page: Page, title: string) {
  const form = page.locator("#add-activity");
  await form.getByLabel("Aktivitet", { exact: true }).fill(title);
  await form.getByLabel("Omfattning").fill("Enligt plan");
  await form.getByLabel("Ansvarig").fill("Kommunen och polisen");
  await form.getByRole("button", { name: "Lägg till aktivitet" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("an approval of a promise that changed after the page was opened is refused in approval terms, with no empty list", async ({ browser }) => {
  const title = `Tryggare Gröngården ${Date.now().toString().slice(-6)}`;
  const official = await signedInPage(browser, "kommun@enkoping.demo");
  await createPromiseWithCriteria(official, title, "Gröngården");
  const url = official.url().split("?")[0]!;
  await addActivity(official, "Trygghetsvandringar");
  await official.getByRole("button", { name: "Skicka för godkännande" }).click();
  await expect(official.getByText("Väntar på godkännande", { exact: true })).toBeVisible();

  // The police open the promise; then the municipality adds a row to its plan.
  const police = await signedInPage(browser, "polis@enkoping.demo");
  await police.goto(url);
  await addActivity(official, "Föräldravandringar");

  await police.getByRole("button", { name: "Godkänn för polisen" }).click();
  const alert = police.locator("#approve").getByRole("alert");
  await expect(alert.getByRole("heading")).toHaveText("Ditt godkännande är inte registrerat");
  await expect(alert).toContainText("Det du skulle godkänna har ändrats efter att du öppnade sidan.");
  await expect(alert).toContainText("Ladda om sidan och läs igenom den nya versionen innan du godkänner den.");
  // The change lies in the plan, not in the promise's own fields: nothing to list, and no empty list.
  await expect(alert.getByRole("list")).toHaveCount(0);
  await expect(alert).not.toContainText("Dina ändringar");
  await expectAccessible(police);

  await police.reload();
  await expect(police.getByRole("heading", { name: "Föräldravandringar" })).toBeVisible();
  await police.getByRole("button", { name: "Godkänn för polisen" }).click();
  await expect(police.getByRole("status")).toHaveText("Ditt godkännande är registrerat.");
});

test("the signed-in promise page shows the goals the promise serves and the dialogues it builds on, each a link", async ({ page }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto("/loften?q=ungdomar");
  await page.getByRole("link", { name: /Förstärkt förebyggande arbete bland ungdomar/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Förstärkt förebyggande arbete bland ungdomar");

  const goals = page.getByRole("region", { name: "Mål i samverkansavtalet som löftet bidrar till" });
  await expect(goals.getByRole("listitem")).toHaveCount(3);
  await expect(goals.getByRole("link")).toHaveCount(3);
  const dialogues = page.getByRole("region", { name: "Medborgardialoger" });
  const dialogue = dialogues.getByRole("link", { name: "Medborgardialoger om framtidstro på Västerleden" });
  await expect(dialogue).toHaveAttribute("href", /^\/dialoger\/[0-9a-f-]{36}$/);
  await expectAccessible(page);

  // A goal's link opens its agreement at the goal.
  const goal = goals.getByRole("link").first();
  const goalTitle = (await goal.textContent())!;
  const href = (await goal.getAttribute("href"))!;
  expect(href).toMatch(/^\/avtal\/[0-9a-f-]{36}#mal-[0-9a-f-]{36}$/);
  await goal.click();
  await expect(page.locator(`#${href.split("#")[1]}`)).toContainText(goalTitle);

  await page.goBack();
  await dialogues.getByRole("link").first().click();
  await expect(page.getByLabel("Rubrik")).toHaveValue("Medborgardialoger om framtidstro på Västerleden");
});

test("editing a goal, the parent chooser offers neither the goal nor a goal under it", async ({ browser }) => {
  const suffix = Date.now().toString().slice(-6);
  const official = await signedInPage(browser, "kommun@enkoping.demo");
  await official.goto("/avtal");
  await official.getByRole("link", { name: "Nytt samverkansavtal" }).click();
  await official.getByLabel("Titel", { exact: true }).first().fill(`Samverkansavtal ${suffix}`);
  await official.getByLabel("Gäller från").fill("2026-01-01");
  await official.getByLabel("Gäller till").fill("2027-12-31");
  await official.getByLabel("Diarienummer").fill(`KS2026/${suffix}`);
  await official.getByLabel("Övergripande mål och syfte").fill("Alla ska känna sig trygga.");
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByRole("status")).toHaveText("Avtalet är skapat.");

  const form = official.locator("#add-goal");
  for (const [title, parent] of [["Trygga miljöer", null], ["Unga i riskzon", null], ["Belysning", "Delmål under 1 Trygga miljöer"]] as const) {
    await form.getByLabel("Mål", { exact: true }).fill(title);
    if (parent) await form.getByLabel("Placering").selectOption({ label: parent });
    await form.getByRole("button", { name: "Lägg till mål" }).click();
    await expect(official.getByRole("heading", { name: title })).toBeVisible();
  }

  await official.getByRole("link", { name: "Redigera 1", exact: true }).click();
  await expect(official.getByLabel("Placering").locator("option")).toHaveText(["Huvudmål (översta nivån)", "Delmål under 2 Unga i riskzon"]);
  await expectAccessible(official);
  await official.goBack();
  await official.getByRole("link", { name: "Redigera 1.1", exact: true }).click();
  await expect(official.getByLabel("Placering").locator("option")).toHaveText(["Huvudmål (översta nivån)", "Delmål under 1 Trygga miljöer", "Delmål under 2 Unga i riskzon"]);
});

test("a dialogue saved from a filtered list comes back to the list with its filter", async ({ page }) => {
  const tag = `Filtertest ${Date.now().toString().slice(-6)}`;
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto(`/dialoger?q=${encodeURIComponent(tag)}&ar=2026`);
  await expect(page.getByText("Inget matchar filtret.")).toBeVisible();

  const form = page.locator("#dialogue-form");
  await form.getByLabel("Rubrik").fill(`${tag}: dialog i Litslena`);
  await form.getByLabel("Kommun", { exact: true }).selectOption({ label: "Enköpings kommun" });
  await form.getByLabel("Datum och tid").fill("2026-09-15T18:00");
  await form.getByRole("button", { name: "Spara" }).click();

  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(page).toHaveURL(/[?&]q=Filtertest/);
  await expect(page).toHaveURL(/[?&]ar=2026/);
  const filter = page.getByRole("search");
  await expect(filter.getByLabel("Sök")).toHaveValue(tag);
  await expect(filter.getByLabel("År")).toHaveValue("2026");
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: /Filtertest/ })).toHaveCount(1);
  await expectAccessible(page);
});
