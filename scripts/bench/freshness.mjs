// How long a publication takes to reach visitors. Two people publish a change the way they
// would, in a browser on the first instance: the official edits the promise, the police and
// the official approve. From the moment the publication is confirmed, every observer address
// (the same instance, the other instance, the proxies) is polled until the change shows.
import { chromium } from "@playwright/test";
import benchUsers from "./users.json" with { type: "json" };

const FRESHNESS_PATH = "/enkoping/medborgarloften/bench-publiceringstid";
const GIVE_UP_MS = 10_000;

/**
 * `observers`: name → base URL, or { url, inARow }: how many answers in a row must show the
 * change. Each has the page in its cache before the change, as a busy site would.
 */
export async function measureFreshness(chromiumPath, base, observers) {
  const cacheBefore = {};
  const targets = Object.entries(observers).map(([name, o]) => ({ name, url: (o.url ?? o) + FRESHNESS_PATH, inARow: o.inARow ?? 1 }));
  for (const { name, url } of targets) {
    // Several times each: the proxy alternates when one request is sent at a time, so both instances have rendered the page.
    for (let i = 0; i < 4; i++) {
      const response = await fetch(url);
      await response.arrayBuffer();
      cacheBefore[name] = response.headers.get("x-nextjs-cache") ?? response.headers.get("x-cache-status") ?? "–";
    }
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const newTitle = `Mätlöfte publicerat ${Date.now()}`;
    const published = await publish(browser, base, newTitle);
    const until = async ({ url, inARow }) => {
      let shown = 0;
      for (;;) {
        const text = await (await fetch(url)).text();
        shown = text.includes(newTitle) ? shown + 1 : 0;
        if (shown === inARow) return Math.round(performance.now() - published);
        if (performance.now() - published > GIVE_UP_MS) return Infinity;
        if (shown === 0) await new Promise((r) => setTimeout(r, 25));
      }
    };
    const times = await Promise.all(targets.map(until));
    return { ms: Object.fromEntries(targets.map(({ name }, i) => [name, times[i]])), cacheBefore };
  } finally {
    await browser.close();
  }
}

/** Returns the moment the publication was confirmed. */
async function publish(browser, base, newTitle) {
  const signIn = async (email) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/logga-in`);
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill(benchUsers.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(/\/oversikt$/);
    return page;
  };
  const official = await signIn("kommun@enkoping.demo");
  const police = await signIn("polis@enkoping.demo");
  await official.goto(`${base}/loften?q=${encodeURIComponent("Mätlöfte för publiceringstid")}`);
  await official.getByRole("link", { name: "Mätlöfte för publiceringstid" }).click();
  await official.waitForURL(/\/loften\/[0-9a-f-]{36}$/);
  const adminUrl = official.url();
  await official.goto(`${adminUrl}/redigera`);
  await official.getByLabel("Titel", { exact: true }).fill(newTitle);
  await official.getByRole("button", { name: "Spara" }).click();
  await official.waitForURL(/notice=saved/);
  await police.goto(adminUrl);
  await police.getByRole("button", { name: "Godkänn för polisen" }).click();
  await police.waitForURL(/notice=approved/);
  await official.goto(adminUrl);
  await official.getByRole("button", { name: "Godkänn för kommunen" }).click();
  await official.waitForURL(/notice=published/);
  return performance.now();
}
