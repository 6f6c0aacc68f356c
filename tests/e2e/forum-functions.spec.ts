import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * Forums hold functions, not only people. The chair of Tryggare Enköping sets up a forum of
 * its own under it (so that the demo forum the other tests use stays as it is), removes a
 * member, sees the function left vacant, fills it with another user, and hands the chair to
 * another member, who then manages the forum.
 */

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  return page;
}

const saved = (page: Page) => expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");

test("the chair removes a member, sees the vacant function, fills it, and hands the chair to another member", async ({ browser }) => {
  // A long journey over many pages, each checked by axe at two widths.
  test.setTimeout(240_000);
  const name = `Trygghetsvandringar ${Date.now().toString().slice(-5)}`;
  const chair = await as(browser, "kommun@enkoping.demo");

  // A forum under Tryggare Enköping, which the chair chairs; its creator chairs it.
  await chair.goto("/forum");
  const create = chair.locator("#new-forum-form");
  await create.getByLabel("Namn").fill(name);
  await create.getByLabel("Nivå").selectOption({ label: "Operativ nivå" });
  await create.getByLabel("Rapporterar till forum").selectOption({ label: "Tryggare Enköping" });
  await create.getByRole("button", { name: "Nytt forum" }).click();
  await saved(chair);
  await expect(chair.getByRole("heading", { level: 1 })).toHaveText(name);
  const forumUrl = chair.url().split("?")[0]!;
  const members = chair.getByRole("table", { name: "Medlemmar" });
  await expect(members.getByRole("row").filter({ hasText: "Karin Lind" })).toContainText("Ordförande");
  await expectAccessible(chair);

  // Two members, each in a function and representing something.
  const add = async (email: string, role: string, represents: string) => {
    const form = chair.locator("#add-member");
    await form.getByLabel("Medlemmens e-postadress").fill(email);
    await form.getByLabel("Funktion").selectOption({ label: role });
    await form.getByLabel("Representerar").fill(represents);
    await form.getByRole("button", { name: "Lägg till medlem" }).click();
    // The notice from the step before says the same words: wait for the new member's row.
    await expect(members.getByRole("row").filter({ hasText: represents })).toBeVisible();
    await saved(chair);
  };
  await add("polis@enkoping.demo", "Ledamot", "Kommunpolis");
  await add("forum@enkoping.demo", "Sekreterare", "Fritidsgårdarna");
  const police = members.getByRole("row").filter({ hasText: "Kommunpolis" });
  await expect(police).toContainText("Jonas Berg");
  await expect(police).toContainText("Ledamot");

  // The police member leaves: the function stays, vacant, with its organisation.
  await chair.getByRole("button", { name: "Ta bort Jonas Berg" }).click();
  await saved(chair);
  await expect(police).toContainText("Vakant");
  await expect(police).toContainText("Lokalpolisområde Enköping/Håbo");
  await expect(police).not.toContainText("Jonas Berg");
  await expectAccessible(chair);

  // Filled with another user of the municipality.
  const fill = chair.locator("#fill-seat");
  await fill.getByLabel("Vakant funktion").selectOption({ label: "Ledamot: Kommunpolis" });
  await fill.getByLabel("Medlemmens e-postadress").fill("admin@samverkan.demo");
  await fill.getByRole("button", { name: "Tillsätt vakant funktion" }).click();
  await saved(chair);
  await expect(police).toContainText("Alex Administratör");
  await expect(police).not.toContainText("Vakant");
  await expect(chair.locator("#fill-seat")).toHaveCount(0);
  await expectAccessible(chair);

  // The chair hands the chair to the secretary; the two exchange roles.
  const handOver = chair.locator("#change-chair");
  await handOver.getByLabel("Ny ordförande").selectOption({ label: "Sara Holm (Upplevelseförvaltningen)" });
  await handOver.getByRole("button", { name: "Byt ordförande" }).click();
  await saved(chair);
  await expect(members.getByRole("row").filter({ hasText: "Sara Holm" })).toContainText("Ordförande");
  await expect(members.getByRole("row").filter({ hasText: "Karin Lind" })).toContainText("Sekreterare");
  // The former chair no longer manages the forum.
  await expect(chair.locator("#add-member")).toHaveCount(0);
  await expect(chair.locator("#change-chair")).toHaveCount(0);
  await expectAccessible(chair);

  // The new chair does, and the history names the change.
  const newChair = await as(browser, "forum@enkoping.demo");
  await newChair.goto(forumUrl);
  await expect(newChair.locator("#add-member")).toBeVisible();
  await expect(newChair.getByRole("button", { name: "Ta bort Karin Lind" })).toBeVisible();
  await expectAccessible(newChair);
  await newChair.goto(`${forumUrl}/historik`);
  // The tab names whose history it is, as the heading does; not "Historik" for every record.
  await expect(newChair).toHaveTitle(`Historik för ${name} – Samverkansportalen`);
  const change = newChair.getByRole("row").filter({ hasText: "Bytte ordförande" });
  await expect(change).toContainText("Karin Lind");
  await expect(change).toContainText("Sara Holm");
  await expectAccessible(newChair);
});
