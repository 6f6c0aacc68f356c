import { expect, expectAccessible, test } from "./fixtures";

const PROMISE_TITLE = "Förstärkt förebyggande arbete bland ungdomar med tidigt utvecklat riskbeteende för kriminalitet";
const ACTIVITIES = [
  "Fortsätta arbete med metoden MBU (människan bakom uniformen)",
  "Utveckla och införa SSPF-modell (samverkan socialtjänst, Skola, Polis, Fritid)",
  "Öka kunskapen om när och hur en verksamhet som vänder sig till barn och unga ska gå tillväga vid polisanmälan och anmälan enligt socialtjänstlagen 14:1",
  "Fortsatt trygghetsfrämjande engagemang från civilsamhälle och privatpersoner",
  "På polisiära Hot Spots Hot times, identifiera ungdomar med normbrytande beteende",
];

test("a visitor finds the citizen promise from the start page and reads its five activities", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samverkan för ett tryggare lokalsamhälle");
  // Municipalities are listed by county (the first two digits of the SCB code), not their promises.
  await expect(page.getByRole("heading", { name: "Uppsala län" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Håbo kommun" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kommunens namn").fill("enköp");
  await page.getByRole("button", { name: "Visa" }).click();
  // The search is its own page (the start page is cached and reads no query).
  await expect(page).toHaveURL(/\/sok\?q=enk%C3%B6p/);
  await expect(page.getByRole("link", { name: "Håbo kommun" })).toHaveCount(0);
  await page.getByRole("link", { name: "Enköpings kommun" }).click();

  await page.getByRole("link", { name: PROMISE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROMISE_TITLE);

  const plan = page.getByRole("table", { name: `Aktivitetsplan för ${PROMISE_TITLE}` });
  for (const column of ["Aktivitet", "Omfattning", "När", "Ansvarig", "Uppföljning", "Utvärdering"]) {
    await expect(plan.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  await expect(plan.getByRole("rowheader")).toHaveText(ACTIVITIES);
  await expect(page.getByRole("heading", { name: "Kriterierna för ett medborgarlöfte" })).toBeVisible();
  await expectAccessible(page);
});

test("a visitor can list a municipality's promises by its address", async ({ page }) => {
  await page.goto("/enkoping/medborgarloften");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medborgarlöften i Enköpings kommun");
  await expect(page.getByRole("link", { name: PROMISE_TITLE })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/habo");
  await expect(page.getByText("Inga publicerade medborgarlöften ännu.")).toBeVisible();
});

test("an unknown promise or municipality answers 404 with a Swedish page", async ({ page }) => {
  const response = await page.goto("/enkoping/medborgarloften/finns-inte");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  await expectAccessible(page);
  expect((await page.goto("/ingen-kommun"))?.status()).toBe(404);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up", kind: "postgresql" } });
});

test("a published promise page is served from Next's cache, not rendered for every visitor", async ({ request }) => {
  const url = "/enkoping/medborgarloften/forstarkt-forebyggande-arbete-bland-ungdomar-2021-2023";
  expect((await request.get(url)).status()).toBe(200);
  const second = await request.get(url);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await second.text()).toContain("Fortsätta arbete med metoden MBU");
});

test("the sitemap lists published promises and robots.txt keeps signed-in pages out", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/enkoping/medborgarloften/forstarkt-forebyggande-arbete-bland-ungdomar-2021-2023");
  // Search engines learn the English page of each.
  expect(sitemap).toMatch(/hreflang="en"\s+href="[^"]*\/en\/enkoping\/medborgarloften\/forstarkt-forebyggande-arbete-bland-ungdomar-2021-2023"/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /loften");
  expect(robots).toContain("Disallow: /en/loften");
  expect(robots).toContain("Sitemap:");
});
