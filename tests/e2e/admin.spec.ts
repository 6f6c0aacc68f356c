import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * A second municipality starts from the browser alone: the administrator creates it, a
 * police area covering it, a department and an official; the official sets a password with
 * the one-time link and begins; the police of that area see the official's draft; a
 * deactivated user is signed out and stays out. On every page visited, the accessibility
 * statement is reachable by keyboard through the footer.
 */

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE" });
  return context.newPage();
}

/** Tabs from the top of the page until the footer's link to the accessibility statement has focus. */
async function expectStatementReachableByKeyboard(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator("body").focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      return el?.tagName === "A" && el.closest("footer") && el.textContent?.trim() === "Tillgänglighet" ? el.getAttribute("href") : null;
    });
    if (focused) {
      expect(focused).toBe("/tillganglighet");
      return;
    }
  }
  throw new Error(`The accessibility statement could not be reached by keyboard on ${page.url()}`);
}

/** Checks the page as every page is checked, and that the statement is one keyboard path away. */
async function visit(page: Page) {
  await expectAccessible(page);
  await expectStatementReachableByKeyboard(page);
}

async function adminSection(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Administrationens delar" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

async function choosePassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Välj lösenord");
  await page.getByLabel("Nytt lösenord").fill(password);
  await page.getByLabel("Upprepa det nya lösenordet").fill(password);
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lösenordet är sparat");
}

test("a new municipality starts from the browser, and a deactivated user is shut out at once", async ({ browser }) => {
  // One long journey through a dozen pages, each checked by axe at two widths.
  test.setTimeout(420_000);
  const suffix = Date.now().toString().slice(-6);
  const slug = `testkommun-${suffix}`;
  const code = `9${suffix.slice(-3)}`;
  const areaName = `Lokalpolisområde Testkommun ${suffix}`;
  const officialEmail = `tove-${suffix}@testkommun.se`;
  const policeEmail = `polis-${suffix}@testkommun.se`;
  const agreementTitle = `Samverkansavtal Testkommun ${suffix}`;

  // The administrator finds the administration in the header.
  const admin = await newPage(browser);
  await signIn(admin, "admin@samverkan.demo");
  await expect(admin).toHaveURL(/\/oversikt$/);
  await visit(admin);
  await admin.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Administration" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await visit(admin);

  // The municipality: a reserved address and a malformed SCB code are refused at their fields.
  await adminSection(admin, "Kommuner");
  await admin.getByRole("link", { name: "Ny kommun" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Ny kommun");
  await visit(admin);
  await admin.getByLabel("Namn", { exact: true }).fill("Testkommun");
  await admin.getByLabel("Adress (slug)").fill("admin");
  await admin.getByLabel("SCB-kod").fill("12");
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Det finns fel i formuläret" })).toContainText("Det finns fel i formuläret");
  await expect(admin.getByLabel("Adress (slug)")).toHaveAccessibleDescription(/Adressen används redan av portalen/);
  await expect(admin.getByLabel("SCB-kod")).toHaveAccessibleDescription(/Skriv SCB:s kommunkod med fyra siffror/);
  await expectAccessible(admin);
  await admin.getByLabel("Adress (slug)").fill(slug);
  await admin.getByLabel("SCB-kod").fill(code);
  await admin.getByLabel("E-postadress för frågor om webbplatsen").fill("tillganglighet@testkommun.se");
  await admin.getByLabel("Ansvariga funktioner").fill("Trygghetssamordnare, Kommunledningsförvaltningen");
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Ändra Testkommun");
  await expect(admin.getByRole("status")).toHaveText("Kommunen är skapad.");
  await visit(admin);

  // The police area: a municipality that belongs to another area is refused; then Testkommun alone.
  await adminSection(admin, "Lokalpolisområden");
  await admin.getByRole("link", { name: "Nytt lokalpolisområde" }).click();
  await admin.getByLabel("Namn", { exact: true }).fill(areaName);
  await admin.getByLabel("Kortnamn (slug)").fill(`lpo-testkommun-${suffix}`);
  await admin.getByRole("checkbox", { name: /^Håbo kommun/ }).check();
  await admin.getByRole("checkbox", { name: "Testkommun", exact: true }).check();
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByRole("group", { name: "Kommuner som området omfattar" })).toHaveAccessibleDescription(/hör redan till ett annat lokalpolisområde/);
  await admin.getByRole("checkbox", { name: /^Håbo kommun/ }).uncheck();
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Ändra ${areaName}`);
  await expect(admin.getByRole("table", { name: "Historik" })).toContainText("Testkommun");
  await visit(admin);

  // The department, and the official invited into it.
  await adminSection(admin, "Organisationer");
  await admin.getByRole("link", { name: "Ny organisation" }).click();
  await admin.getByLabel("Typ").selectOption({ label: "Kommunal förvaltning" });
  await admin.getByLabel("Namn", { exact: true }).fill("Kommunledningsförvaltningen");
  await admin.getByLabel("Kommun", { exact: true }).selectOption({ label: "Testkommun" });
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByRole("status")).toHaveText("Organisationen är skapad.");
  await visit(admin);
  await admin.getByRole("link", { name: "Ny användare i Kommunledningsförvaltningen" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Ny användare");
  await admin.getByLabel("Namn", { exact: true }).fill("Tove Testsson");
  await admin.getByLabel("E-postadress").fill(officialEmail);
  await admin.getByLabel("Befattning eller funktion").fill("Trygghetssamordnare");
  await admin.getByLabel("Roll").selectOption({ label: "Kommunal tjänsteperson" });
  await admin.getByRole("button", { name: "Spara" }).click();
  const officialLinkField = admin.getByLabel("Engångslänk för Tove Testsson");
  await expect(officialLinkField).toBeVisible();
  const officialLink = await officialLinkField.inputValue();
  expect(officialLink).toMatch(/\/losenord\/[A-Za-z0-9_-]{43}$/);
  await visit(admin);

  // A police officer of the new area: a user without an organisation is refused at the field.
  await admin.goto("/admin/anvandare/ny");
  await admin.getByLabel("Namn", { exact: true }).fill("Per Polis");
  await admin.getByLabel("E-postadress").fill(policeEmail);
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByLabel("Organisation")).toHaveAccessibleDescription(/Välj en organisation/);
  await admin.getByLabel("Organisation").selectOption({ label: `${areaName} – ${areaName}` });
  await admin.getByLabel("Roll").selectOption({ label: "Polis" });
  await admin.getByRole("button", { name: "Spara" }).click();
  const policeLink = await admin.getByLabel("Engångslänk för Per Polis").inputValue();

  // The official chooses a password with the link (a common one is refused), then the link is spent.
  const official = await newPage(browser);
  await official.goto(officialLink);
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Välj lösenord");
  await visit(official);
  await official.getByLabel("Nytt lösenord").fill("password123");
  await official.getByLabel("Upprepa det nya lösenordet").fill("password123");
  await official.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(official.getByLabel("Nytt lösenord")).toHaveAccessibleDescription(/för vanligt/);
  await choosePassword(official, officialLink, "Trygga gator i Testkommun");
  await visit(official);
  await official.goto(officialLink);
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Länken kan inte användas");
  await expect(official.getByText("Länken har redan använts.")).toBeVisible();
  await visit(official);

  // Signed in, the official sees an empty overview for Testkommun and writes a draft agreement.
  await signIn(official, officialEmail, "Trygga gator i Testkommun");
  await expect(official).toHaveURL(/\/oversikt$/);
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Välkommen, Tove Testsson");
  const details = official.getByRole("region", { name: "Dina uppgifter" });
  await expect(details).toContainText("Testkommun");
  await expect(details).toContainText("Kommunledningsförvaltningen");
  await expect(official.getByText("Du har inga öppna uppföljningar.")).toBeVisible();
  await expect(official.getByText("Inget väntar på ditt godkännande.")).toBeVisible();
  await expect(official.getByText("Du är inte med i något forum ännu.")).toBeVisible();
  await visit(official);
  await official.goto("/avtal");
  await expect(official.getByText("Inga samverkansavtal ännu.")).toBeVisible();
  await official.getByRole("link", { name: "Nytt samverkansavtal" }).click();
  await official.getByLabel("Titel", { exact: true }).first().fill(agreementTitle);
  await expect(official.getByLabel("Kommun", { exact: true })).toHaveValue(/.+/);
  await official.getByLabel("Lokalpolisområde").selectOption({ label: areaName });
  await official.getByLabel("Gäller från").fill("2027-01-01");
  await official.getByLabel("Gäller till").fill("2028-12-31");
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText(agreementTitle);
  await visit(official);

  // The police officer of that area sets a password, signs in and sees the draft.
  const police = await newPage(browser);
  await choosePassword(police, policeLink, "Polisen i Testkommun patrullerar");
  await signIn(police, policeEmail, "Polisen i Testkommun patrullerar");
  await expect(police).toHaveURL(/\/oversikt$/);
  await police.goto("/avtal");
  await police.getByRole("link", { name: agreementTitle }).click();
  await expect(police.getByRole("heading", { level: 1 })).toHaveText(agreementTitle);
  await visit(police);

  // The administrator deactivates the officer: the open session ends, and sign-in is refused.
  await admin.goto(`/admin/anvandare?q=${encodeURIComponent(policeEmail)}`);
  await admin.getByRole("link", { name: "Per Polis" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Ändra Per Polis");
  await visit(admin);
  await admin.getByRole("button", { name: "Inaktivera kontot" }).click();
  await expect(admin.getByRole("status")).toHaveText("Kontot är inaktiverat. Alla inloggningar är avslutade.");
  await visit(admin);
  await police.goto("/avtal");
  await expect(police).toHaveURL(/\/logga-in/);
  await signIn(police, policeEmail, "Polisen i Testkommun patrullerar");
  await expect(police.getByRole("alert").filter({ hasText: "Inloggningen gick inte igenom." })).toContainText("Fel e-postadress eller lösenord.");
  await visit(police);

  // The audit log shows what happened in Testkommun.
  await adminSection(admin, "Granskningslogg");
  await admin.getByLabel("Kommun", { exact: true }).selectOption({ label: "Testkommun" });
  await admin.getByRole("button", { name: "Visa" }).click();
  const log = admin.getByRole("region", { name: "Granskningslogg" });
  await expect(log).toContainText("Skapade kommunen");
  await expect(log).toContainText("Bjöd in användaren");
  await visit(admin);

  // From a public page, the footer leads by keyboard to Testkommun's accessibility statement.
  const resident = await newPage(browser);
  await resident.goto(`/${slug}`);
  await visit(resident);
  await resident.keyboard.press("Enter");
  await expect(resident).toHaveURL(/\/tillganglighet$/);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Tillgänglighet i Samverkansportalen");
  await visit(resident);
  await resident.getByRole("link", { name: "Tillgänglighetsredogörelse för Testkommun" }).first().click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Tillgänglighetsredogörelse för Testkommun");
  await expect(resident.getByText(/delvis förenlig med lagen om tillgänglighet till digital offentlig service/)).toBeVisible();
  await expect(resident.getByRole("link", { name: "tillganglighet@testkommun.se" })).toBeVisible();
  await expect(resident.getByRole("link", { name: "Anmäl bristande tillgänglighet till Digg" })).toHaveAttribute("href", "https://www.digg.se/tdosanmalan");
  await visit(resident);
  await resident.goto(`/${slug}/kontakt`);
  await expect(resident.getByText("Trygghetssamordnare, Kommunledningsförvaltningen")).toBeVisible();
  await expect(resident.getByText(/ring 114 14/)).toBeVisible();
  await expect(resident.getByText(/ring 112/)).toBeVisible();
  await visit(resident);
  await resident.goto(`/${slug}/integritet`);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Integritet och personuppgifter – Testkommun");
  await visit(resident);
});

test("the administration is not there for those who may not use it", async ({ page }) => {
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/kommuner", "/admin/anvandare", "/admin/logg"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("every user changes their own password and sees their own activity", async ({ page }) => {
  await signIn(page, "forum@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mitt konto" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mitt konto");
  await expect(page.getByRole("region", { name: "Din aktivitet" })).toContainText("Loggade in");
  await visit(page);
  await page.getByLabel("Nuvarande lösenord").fill("fel lösenord");
  await page.getByLabel("Nytt lösenord").fill("ett nytt långt lösenord");
  await page.getByLabel("Upprepa det nya lösenordet").fill("ett nytt långt lösenord");
  await page.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(page.getByLabel("Nuvarande lösenord")).toHaveAccessibleDescription("Det nuvarande lösenordet stämmer inte.");
  await expectAccessible(page);
});
