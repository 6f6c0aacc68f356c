import { expect, expectAccessible, signIn, test } from "./fixtures";

test("the municipal official signs in and sees who they are on the home page", async ({ page }) => {
  await page.goto("/logga-in");
  await expectAccessible(page);
  await signIn(page, "kommun@enkoping.demo");

  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Välkommen, Karin Lind");
  const details = page.getByRole("region", { name: "Dina uppgifter" });
  await expect(details).toContainText("Socialförvaltningen");
  await expect(details).toContainText("Kommunal tjänsteperson");
  await expect(details).toContainText("Enköpings kommun");
  await expect(page.getByRole("region", { name: "Dina forum" })).toContainText("Tryggare Enköping");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logga-in/);
});

test("a wrong password gets a clear Swedish message and no sign-in", async ({ page }) => {
  await signIn(page, "polis@enkoping.demo", "fel-lösenord");
  const alert = page.getByRole("alert").filter({ hasText: "Inloggningen gick inte igenom." });
  await expect(alert).toContainText("Fel e-postadress eller lösenord.");
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/logga-in/);
  await expectAccessible(page);
});

test("empty fields are explained next to each field", async ({ page }) => {
  await page.goto("/logga-in");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByLabel("E-postadress")).toHaveAccessibleDescription("Skriv din e-postadress.");
  await expect(page.getByLabel("Lösenord")).toHaveAccessibleDescription("Skriv ditt lösenord.");
  await expect(page.getByLabel("E-postadress")).toBeFocused();
});

test("signed-in pages send visitors to the sign-in page", async ({ page }) => {
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logga-in/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logga in");
});

test("police staff see their police area as their organisation", async ({ page }) => {
  await signIn(page, "polis@enkoping.demo");
  const details = page.getByRole("region", { name: "Dina uppgifter" });
  await expect(details).toContainText("Lokalpolisområde Enköping/Håbo");
  await expect(details).toContainText("Enköpings kommun, Håbo kommun");
});
