// Paging and filtering a signed-in list (/dialoger): 51 dialogues of one tag are written
// straight to the database, then the official narrows the list to them, pages through,
// and filters by a year none of them is in.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, expectAccessible, signIn, test } from "./fixtures";

const COUNT = 51;

test("the dialogue list shows 50 a page, keeps its filter across pages and filters by year", async ({ page }) => {
  const tag = `Sidtest ${randomUUID().slice(0, 8)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Municipality" WHERE slug = 'enkoping'`);
    const values = Array.from({ length: COUNT }, (_, i) => [randomUUID(), rows[0]!.id, `${tag} nr ${String(i + 1).padStart(2, "0")}`, new Date(Date.UTC(2026, 0, 1 + i, 16))]);
    await client.query(
      `INSERT INTO "CitizenDialogue" (id, "municipalityId", title, "startsAt", "updatedAt") VALUES ${values.map((_, r) => `($${r * 4 + 1}, $${r * 4 + 2}, $${r * 4 + 3}, $${r * 4 + 4}, now())`).join(",")}`,
      values.flat(),
    );
  } finally {
    await client.end();
  }

  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto("/dialoger");
  const filter = page.getByRole("search");
  await filter.getByLabel("Sök").fill(tag);
  await filter.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/[?&]q=/);

  const paging = page.getByRole("navigation", { name: "Sidor" });
  await expect(paging).toContainText(`${COUNT} träffar`);
  await expect(paging).toContainText("Sida 1 av 2");
  const titles = page.getByRole("main").getByRole("heading", { level: 2, name: new RegExp(tag) });
  await expect(titles).toHaveCount(50);
  // Newest first: the 51st is on the first page, the first on the second.
  await expect(titles.first()).toHaveText(`${tag} nr 51`);
  await expect(page).toHaveTitle("Medborgardialoger – Samverkansportalen");
  await expectAccessible(page);

  await paging.getByRole("link", { name: "Nästa sida" }).click();
  await expect(page).toHaveURL(/sida=2/);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(paging).toContainText("Sida 2 av 2");
  // Each page is its own address, and its title says which.
  await expect(page).toHaveTitle("Medborgardialoger – sida 2 – Samverkansportalen");
  await expect(titles).toHaveCount(1);
  await expect(titles.first()).toHaveText(`${tag} nr 01`);
  await expect(paging.getByRole("link", { name: "Nästa sida" })).toHaveCount(0);
  await paging.getByRole("link", { name: "Föregående sida" }).click();
  await expect(titles).toHaveCount(50);

  // The year narrows in the same query; the text stays.
  await expect(filter.getByLabel("Sök")).toHaveValue(tag);
  await filter.getByLabel("År").fill("2031");
  await filter.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByText("Inget matchar filtret.")).toBeVisible();
  await expect(titles).toHaveCount(0);

  // A malformed page number is page 1.
  await page.goto(`/dialoger?q=${encodeURIComponent(tag)}&sida=abc`);
  await expect(titles).toHaveCount(50);
  await expect(page).toHaveTitle("Medborgardialoger – Samverkansportalen");
  // A page past the end (an old bookmark) is the last page, not "nothing found", and its title names the page shown.
  await page.goto(`/dialoger?q=${encodeURIComponent(tag)}&sida=7`);
  await expect(paging).toContainText("Sida 2 av 2");
  await expect(titles).toHaveCount(1);
  await expect(page).toHaveTitle("Medborgardialoger – sida 2 – Samverkansportalen");
});
