import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, signIn, test } from "./fixtures";

// Where Next keeps what it has rendered (ISR pages) and cached data (unstable_cache).
const CACHE_DIRS = [join(process.cwd(), ".next", "server", "route-cache"), join(process.cwd(), ".next", "cache", "fetch-cache")];

function cachedFiles(): string[] {
  return CACHE_DIRS.flatMap((dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f)) : []));
}

/** Made-up names, each remembered so that the cache can be searched for it. */
const madeUp: string[] = [];
const word = () => {
  const name = `x${randomBytes(5).toString("hex")}`;
  madeUp.push(name);
  return name;
};
const uuid = () => {
  const id = randomUUID();
  madeUp.push(id);
  return id;
};

test("unknown addresses answer 404 and are not kept in Next's cache", async ({ page, request }) => {
  // The real pages first, twice, so that what they cache is written before counting.
  for (let round = 0; round < 2; round++) {
    for (const known of ["/enkoping", "/enkoping/medborgarloften", "/enkoping/samverkansavtal", "/api/public/v1/promises?municipality=enkoping"]) {
      expect((await request.get(known)).status(), known).toBe(200);
    }
  }
  const before = cachedFiles();

  const addresses = Array.from({ length: 30 }, (_, i) => {
    switch (i % 6) {
      case 0:
        return `/enkoping/medborgarloften/${word()}`;
      case 1:
        return `/${word()}`;
      case 2:
        return `/enkoping/samverkansavtal/${uuid()}`;
      case 3:
        return `/${word()}/samverkansavtal`;
      case 4:
        return `/${word()}/medborgarloften/${word()}`;
      default:
        return `/${word()}/medborgarloften?place=${word()}`;
    }
  });
  for (const address of addresses) {
    expect((await request.get(address)).status(), address).toBe(404);
    // Asked again, it is answered afresh: no stored 404 to serve.
    const again = await request.get(address);
    expect(again.status(), address).toBe(404);
    expect(again.headers()["x-nextjs-cache"], address).not.toBe("HIT");
  }

  const after = cachedFiles();
  expect(after.filter((file) => madeUp.some((name) => file.includes(name)))).toEqual([]);
  expect(after.filter((file) => !before.includes(file))).toEqual([]);

  // What a visitor sees is still the Swedish not-found page.
  const response = await page.goto(addresses[0]!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");

  // An address no route has at all: the same page inside the portal's header, and the tab says so.
  const unknown = await page.goto(`/${word()}/${word()}/${word()}`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  await expect(page).toHaveTitle(/^Sidan finns inte – /);
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
});

test("a page refused to a user says it does not exist in its tab too, not what the page would have been", async ({ page }) => {
  await signIn(page, "forum@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  for (const address of ["/admin", "/admin/kommuner/ny", "/admin/anvandare/ny", "/admin/anvandare", "/admin/logg", "/loften/nytt", "/avtal/nytt", "/lagesbild/ny", "/arbetsgang"]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), address).toHaveText("Sidan finns inte");
    await expect(page, address).toHaveTitle(/^Sidan finns inte – /);
  }
});
