import type { Request } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/** What new users tripped over in forms: sending twice, where focus goes, what groups are called. */

async function newDraftPromise(page: import("@playwright/test").Page, title: string) {
  await page.goto("/loften/nytt");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Gäller från").fill("2026-01-01");
  await page.getByLabel("Gäller till").fill("2027-12-31");
  await page.getByLabel("Plats", { exact: true }).fill("Torget");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // The page says what happened, and says it first: focus is on the notice, not the page body.
  await expect(page.getByRole("status")).toHaveText("Medborgarlöftet är skapat.");
  await expect(page.getByRole("status")).toBeFocused();
}

test("an activity sent twice, by a double submit or a replayed request, is saved once and the form starts afresh", async ({ page }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  const title = `Dubbelklick ${Date.now().toString().slice(-6)}`;
  await newDraftPromise(page, title);

  const form = page.locator("#add-activity");
  await form.getByLabel("Aktivitet", { exact: true }).fill("Trygghetsvandring vid torget");
  await form.getByLabel("Omfattning").fill("Fyra vandringar");
  let captured: Request | null = null;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"] && request.postData()?.includes("Trygghetsvandring vid torget")) captured = request;
  });
  // Enter twice in quick succession in a one-line field, as an impatient user does.
  await form.getByLabel(/Enhet/).fill("vandringar");
  await form.getByLabel(/Enhet/).press("Enter");
  await form.getByLabel(/Enhet/).press("Enter");
  await expect(page.getByRole("heading", { name: "Trygghetsvandring vid torget" })).toHaveCount(1);
  await expect(form.getByLabel("Aktivitet", { exact: true })).toHaveValue("");

  // The same request sent again, as a slow network's retry would, creates nothing.
  expect(captured).not.toBeNull();
  const request = captured as unknown as Request;
  const headers = await request.allHeaders();
  const replay = await page.request.post(request.url(), { headers, data: request.postDataBuffer()! });
  expect(replay.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Trygghetsvandring vid torget" })).toHaveCount(1);
  await expectAccessible(page);
});

test("a follow-up's period is chosen by name and year: left out it is asked for at its field, nothing lost; a delår is January–August", async ({ page }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await newDraftPromise(page, `Delår ${Date.now().toString().slice(-6)}`);
  const add = page.locator("#add-activity");
  await add.getByLabel("Aktivitet", { exact: true }).fill("Föräldravandringar");
  await add.getByRole("button", { name: "Lägg till aktivitet" }).click();
  await page.getByRole("link", { name: "Registrera uppföljning 1" }).click();

  const form = page.locator("#follow-up-form");
  const period = form.getByLabel("Period", { exact: true });
  await expect(period).toHaveAccessibleDescription("Uppföljningen gäller hela perioden. Delåret är januari–augusti, som i kommunens delårsrapport.");
  await expect(form.getByLabel("Antal under perioden (frivilligt)")).toHaveAccessibleDescription(/^Räknas mot aktivitetens mål\./);
  await form.getByLabel("Vad som gjordes").fill("Två vandringar med föräldrar i augusti.");
  await form.getByRole("button", { name: "Registrera uppföljning" }).click();
  await expect(form.getByRole("alert")).toContainText("Välj vilken period uppföljningen gäller.");
  await expect(period).toHaveAccessibleDescription(/Välj vilken period uppföljningen gäller\.$/);
  await expect(form.getByLabel("Vad som gjordes")).toHaveValue("Två vandringar med föräldrar i augusti.");
  await expectAccessible(page);

  await period.selectOption({ label: "Delår: januari–augusti" });
  await form.getByLabel("År", { exact: true }).selectOption("2026");
  await form.getByRole("button", { name: "Registrera uppföljning" }).click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(page.getByRole("region", { name: "Uppföljning", exact: true }).getByRole("heading", { level: 3 })).toHaveText("januari–augusti 2026 · Pågår");
});

test("the agreement form names its first group for what it holds, and every field of a page has its own id", async ({ page }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto("/avtal/nytt");
  const about = page.getByRole("group", { name: "Om avtalet" });
  await expect(about.getByLabel("Gäller från")).toBeVisible();
  await expect(about.getByLabel("Kommun")).toBeVisible();
  await expectAccessible(page);
});

test("at phone width every link of the signed-in header can be reached and read", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  const nav = page.getByRole("navigation", { name: "Huvudmeny" });
  for (const name of ["Min översikt", "Samverkansavtal", "Medborgarlöften", "Dialoger", "Forum"]) {
    const link = nav.getByRole("link", { name });
    await expect(link).toBeInViewport();
  }
  await expect(nav.getByRole("button", { name: "Logga ut" })).toBeInViewport();
  await expect(nav.getByRole("button", { name: "English" })).toBeInViewport();
  await expectAccessible(page);
});
