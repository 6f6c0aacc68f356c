import { expect, expectAccessible, signedInPage, signIn, test } from "./fixtures";

test("a visitor chooses English with the header's switch and back in Swedish, and the choice is kept", async ({ page }) => {
  await page.goto("/enkoping/medborgarloften?status=COMPLETED");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("status").filter({ hasText: "visas" })).toHaveText(/^\d+ medborgarlöften? visas\.$/);

  // The filter goes along to the other language.
  await page.getByRole("banner").getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/enkoping\/medborgarloften\?status=COMPLETED$/);
  await page.goto("/en/enkoping/medborgarloften");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Citizen promises in Enköpings kommun");
  await expect(page.getByRole("status").filter({ hasText: "shown" })).toHaveText(/^\d+ citizen promises? shown\.$/);
  // Filtering an English page stays English, whatever another tab chose.
  await expect(page.getByRole("search").or(page.locator("form[method=get]")).first()).toHaveAttribute("action", "/en/enkoping/medborgarloften");
  await expectAccessible(page);

  // Links inside the English pages stay English, dates are written the English way.
  await page.getByRole("main").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/enkoping\/medborgarloften\/[^/]+$/);
  await expect(page.getByRole("main")).toContainText(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
  await expectAccessible(page);

  // An address without a language opens in the one the visitor chose.
  await page.goto("/enkoping");
  await expect(page).toHaveURL(/\/en\/enkoping$/);

  await page.getByRole("banner").getByRole("button", { name: "Svenska" }).click();
  await expect(page).toHaveURL(/\/enkoping$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await page.goto("/enkoping/medborgarloften");
  await expect(page).toHaveURL(/\/enkoping\/medborgarloften$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medborgarlöften i Enköpings kommun");
});

test("reading an English address someone shared, even one that does not exist, leaves the reader's other pages in Swedish", async ({ page, context }) => {
  await page.goto("/en/enkoping/medborgarloften");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const missing = await page.goto("/en/enkoping/finns-inte");
  expect(missing?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/enkoping");
  await expect(page).toHaveURL(/\/enkoping$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("banner").getByRole("button", { name: "English" })).toBeVisible();
  expect((await context.cookies()).map((c) => c.name)).not.toContain("portal-locale");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switch still shows the page in the other language, and its answer is kept by no cache", async ({ page }) => {
    await page.goto("/enkoping/medborgarloften");
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/language"));
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    expect((await answer).headers()["cache-control"]).toBe("private, no-store");
    await expect(page).toHaveURL(/\/en\/enkoping\/medborgarloften$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Citizen promises in Enköpings kommun");
  });
});

test.describe("a user's language", () => {
  // The choice is stored on the user: put the users back in Swedish whatever happened.
  test.afterAll(async ({ browser }) => {
    for (const email of ["admin@samverkan.demo", "forum@enkoping.demo"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, email);
      await page.waitForURL(/oversikt$/);
      await page.goto("/konto");
      const form = page.locator("#locale-form");
      await form.getByRole("combobox").selectOption("sv");
      await form.getByRole("button").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      await context.close();
    }
  });

  test("is chosen on the account page and follows the user to their next sign-in", async ({ page, browser }) => {
    await signIn(page, "admin@samverkan.demo");
    await expect(page).toHaveURL(/\/oversikt$/);
    await page.goto("/konto");
    await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
    await page.locator("#locale-form").getByRole("button", { name: "Spara" }).click();

    await expect(page).toHaveURL(/\/en\/konto$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "My overview" })).toBeVisible();
    await expectAccessible(page);

    // Another browser: signing in opens the portal in the user's language.
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await signIn(elsewhere, "admin@samverkan.demo");
    await expect(elsewhere).toHaveURL(/\/oversikt$/);
    await elsewhere.goto("/loften");
    await expect(elsewhere).toHaveURL(/\/en\/loften$/);
    await expect(elsewhere.getByRole("heading", { level: 1 })).toHaveText("Citizen promises");
    await expect(elsewhere.getByText(/\d+ results?|Showing/).first()).toBeVisible();
    await expectAccessible(elsewhere);
    await other.close();
  });

  test("chosen with the header's switch while signed in is stored as on the account page", async ({ page, browser }) => {
    await signIn(page, "forum@enkoping.demo");
    await expect(page).toHaveURL(/\/oversikt$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/oversikt$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/konto");
    await expect(page).toHaveURL(/\/en\/konto$/);
    await expect(page.locator("#locale-form").getByRole("combobox", { name: "Language" })).toHaveValue("en");

    // Another browser: signing in opens the portal in the language chosen in the header.
    const elsewhere = await signedInPage(browser, "forum@enkoping.demo");
    await elsewhere.goto("/forum");
    await expect(elsewhere).toHaveURL(/\/en\/forum$/);
    await elsewhere.context().close();
  });
});
