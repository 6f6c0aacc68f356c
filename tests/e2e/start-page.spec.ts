import { expect, expectAccessible, test } from "./fixtures";

test("a visitor finds a municipality by name and by county from the start page and lands on the search page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samverkan för ett tryggare lokalsamhälle");
  // By name, submitted from the keyboard.
  await page.getByLabel("Kommunens namn").fill("enköp");
  await page.getByLabel("Kommunens namn").press("Enter");
  await expect(page).toHaveURL(/\/sok\?q=enk%C3%B6p&lan=$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommuner som matchar ”enköp”");
  await expect(page).toHaveTitle(/^Kommuner som matchar ”enköp”/);
  await expect(page.getByLabel("Kommunens namn")).toHaveValue("enköp");
  await expect(page.getByRole("status")).toHaveText("1 kommun hittades.");
  await expect(page.getByRole("heading", { level: 2, name: "Uppsala län" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enköpings kommun" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Håbo kommun" })).toHaveCount(0);
  await expectAccessible(page);

  // By county, from the search page's own form, which keeps what was chosen.
  await page.getByLabel("Kommunens namn").fill("");
  await page.getByLabel("Län", { exact: true }).selectOption({ label: "Uppsala län" });
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/\/sok\?q=&lan=03$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommuner i Uppsala län");
  await expect(page.getByLabel("Län", { exact: true })).toHaveValue("03");
  await expect(page.getByRole("status")).toHaveText("2 kommuner hittades.");
  await expect(page.getByRole("link", { name: "Håbo kommun" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enköpings kommun" })).toBeVisible();

  // Nothing found says so.
  await page.getByLabel("Kommunens namn").fill("håbo");
  await page.getByLabel("Län", { exact: true }).selectOption({ label: "Stockholms län" });
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommuner i Stockholms län som matchar ”håbo”");
  await expect(page.getByRole("status")).toHaveText("Ingen kommun matchar sökningen. Kontrollera stavningen, sök på en del av namnet eller välj Alla län.");
  await expect(page.getByRole("link", { name: "Håbo kommun" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Visa alla kommuner" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.getByRole("link", { name: "Håbo kommun" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Håbo kommun");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form still takes a visitor to the search page, in English under /en", async ({ page }) => {
    await page.goto("/en");
    await page.getByLabel("Municipality name").fill("håbo");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/en\/sok\?q=h%C3%A5bo&lan=$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Municipalities matching “håbo”");
    await expect(page.getByRole("status")).toHaveText("1 municipality found.");
    await expect(page.getByRole("link", { name: "Håbo kommun" })).toHaveAttribute("href", "/en/habo");
  });
});

test("the start page is served from Next's cache in both languages; the search is not cached and not crawled", async ({ request }) => {
  for (const path of ["/", "/en"]) {
    expect((await request.get(path)).status(), path).toBe(200);
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    // Rendered with the data on its first request, not the build's empty list.
    expect(await again.text(), path).toContain("Håbo kommun");
  }
  const search = await request.get("/sok?q=h%C3%A5bo");
  expect(search.status()).toBe(200);
  expect((await request.get("/sok?q=h%C3%A5bo")).headers()["x-nextjs-cache"]).toBeUndefined();
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /sok");
  expect(robots).toContain("Disallow: /en/sok");
});
