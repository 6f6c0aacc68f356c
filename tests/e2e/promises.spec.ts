import type { Browser, Page } from "@playwright/test";
import { createPromiseWithCriteria, expect, expectAccessible, signIn, test } from "./fixtures";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  return page;
}

const visitorPage = async (browser: Browser) => (await browser.newContext({ locale: "sv-SE" })).newPage();

async function addActivity(page: Page, title: string, target?: { value: string; unit: string }) {
  const form = page.locator("#add-activity");
  await form.getByLabel("Aktivitet", { exact: true }).fill(title);
  await form.getByLabel("Omfattning").fill("Enligt plan");
  await form.getByLabel("Ansvarig").fill("Kommunen och polisen");
  if (target) {
    await form.getByLabel(/Mål i antal/).fill(target.value);
    await form.getByLabel(/Enhet/).fill(target.unit);
  }
  await form.getByRole("button", { name: "Lägg till aktivitet" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("a promise with three activities is approved by both parties, read by a visitor, and followed up", async ({ browser }) => {
  // A long journey over many pages, each checked by axe at two widths.
  test.setTimeout(240_000);
  const suffix = Date.now().toString().slice(-6);
  const title = `Tryggare Kungsgärdet ${suffix}`;
  const place = `Kungsgärdet ${suffix}`;

  // The start page, cached, counts Enköping's published promises (a read across municipalities).
  const startReader = (await browser.newContext()).request;
  const enkopingOnStartPage = async () => {
    const response = await startReader.get("/");
    const count = Number(/Enköpings kommun<\/a> <small>\((\d+) medborgarlöft/.exec(await response.text())?.[1]);
    return { count, cache: response.headers()["x-nextjs-cache"] };
  };
  const before = (await enkopingOnStartPage()).count;
  expect((await enkopingOnStartPage()).cache).toBe("HIT");

  const official = await as(browser, "kommun@enkoping.demo");
  await createPromiseWithCriteria(official, title, place);
  await expectAccessible(official);
  const adminUrl = official.url().split("?")[0]!;

  await addActivity(official, "Föräldrautbildning", { value: "4", unit: "kurser" });
  await addActivity(official, "Trygghetsvandringar");
  await expect(official.getByText("Aktiviteten är tillagd.")).toBeVisible();
  // A refused addition removes the earlier success notice, and keeps what was typed.
  const form = official.locator("#add-activity");
  await form.getByLabel("Omfattning").fill("Varje vecka");
  await form.getByRole("button", { name: "Lägg till aktivitet" }).click();
  await expect(form.getByRole("alert")).toContainText("Det finns fel i formuläret");
  await expect(official.getByText("Aktiviteten är tillagd.")).toHaveCount(0);
  await expect(form.getByLabel("Omfattning")).toHaveValue("Varje vecka");
  await expect(form.getByRole("alert")).toContainText("Det finns fel i formuläret");
  await addActivity(official, "Polisens närvaro vid skolan");
  await expect(official.getByText("Aktiviteten är tillagd.")).toBeVisible();
  await official.getByRole("button", { name: "Skicka för godkännande" }).click();
  await expect(official.getByText("Väntar på godkännande", { exact: true })).toBeVisible();
  // The notice was the adding's outcome, not this one's: it goes.
  await expect(official.getByText("Aktiviteten är tillagd.")).toHaveCount(0);

  const police = await as(browser, "polis@enkoping.demo");
  await police.goto(adminUrl);
  await police.getByRole("button", { name: "Godkänn för polisen" }).click();
  await expect(police.getByRole("status")).toHaveText("Ditt godkännande är registrerat.");
  await official.reload();
  await official.getByRole("button", { name: "Godkänn för kommunen" }).click();
  await expect(official.getByRole("status")).toHaveText("Löftet är publicerat.");
  // The publication expired the cached start page: it counts the new promise.
  expect((await enkopingOnStartPage()).count).toBe(before + 1);

  const visitor = await visitorPage(browser);
  await visitor.goto("/enkoping/medborgarloften");
  await visitor.getByLabel("Plats", { exact: true }).selectOption(place);
  await visitor.getByRole("button", { name: "Visa" }).click();
  await expect(visitor.getByRole("status")).toHaveText("1 medborgarlöfte visas.");
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: title }).click();
  const plan = visitor.getByRole("table", { name: `Aktivitetsplan för ${title}` });
  await expect(plan.getByRole("rowheader")).toHaveText(["Föräldrautbildning", "Trygghetsvandringar", "Polisens närvaro vid skolan"]);
  await expect(plan.getByRole("row", { name: /Föräldrautbildning/ })).toContainText("Ingen uppföljning ännu");
  await expectAccessible(visitor);

  // Warm the cache: this promise in English, and another municipality's page.
  const publicPath = new URL(visitor.url()).pathname;
  // A reader of its own, with no cookies from the pages above.
  const reader = (await browser.newContext()).request;
  const cachedNow = async (path: string) => {
    await reader.get(path);
    return (await reader.get(path)).headers()["x-nextjs-cache"];
  };
  expect(await cachedNow(`/en${publicPath}`)).toBe("HIT");
  expect(await cachedNow("/en/habo")).toBe("HIT");
  // The whole country's open data is a file written once per change: the same file until the follow-up.
  const country = async () => {
    const response = await reader.get("/api/public/v1/promises");
    return { etag: response.headers()["etag"], promises: (await response.json()).promises as { title: string; activities: unknown[] }[] };
  };
  const countryBefore = await country();
  expect(countryBefore.promises.some((p) => p.title === title)).toBe(true);
  expect((await country()).etag).toBe(countryBefore.etag);

  // A follow-up needs no new approval: it shows at once as progress.
  await police.goto(adminUrl);
  await police.getByRole("link", { name: "Registrera uppföljning 1" }).click();
  await police.getByLabel("Period", { exact: true }).selectOption({ label: "Tertial 1: januari–april" });
  await police.getByLabel("År", { exact: true }).selectOption("2026");
  await police.getByLabel("Antal kurser under perioden (frivilligt)").fill("3");
  await police.getByLabel("Vad som gjordes").fill("Tre kurskvällar med föräldrar.");
  await police.getByRole("button", { name: "Registrera uppföljning" }).click();
  await expect(police.getByRole("status")).toHaveText("Ändringarna är sparade.");

  await visitor.reload();
  await expect(plan.getByRole("row", { name: /Föräldrautbildning/ })).toContainText("3 av 4 kurser");
  // Enköping's pages are expired in both languages; Håbo's stay cached.
  expect(await (await reader.get(`/en${publicPath}`)).text()).toContain("3 of 4 kurser");
  expect((await reader.get("/en/habo")).headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(plan.getByRole("row", { name: /Föräldrautbildning/ })).toContainText("Gjort: Tre kurskvällar med föräldrar.");
  // Progress at a glance, first on the page, and a feed to follow it by.
  const glance = visitor.getByRole("region", { name: "Så går arbetet" });
  await expect(glance).toContainText("Aktiviteter som är genomförda eller pågår enligt plan: 1 av 3.");
  await expect(glance).toContainText("Ännu inte påbörjade eller inte uppföljda: 2.");
  await expect(glance).toContainText("Senast uppföljt: januari–april 2026.");
  const feedHref = await glance.getByRole("link", { name: /Följ löftet/ }).getAttribute("href");
  const feed = await visitor.request.get(feedHref!);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("Tre kurskvällar med föräldrar.");
  const json = await (await visitor.request.get("/api/public/v1/promises?municipality=enkoping")).json();
  const published = json.promises.find((p: { title: string }) => p.title === title);
  expect(published.activities[0]).toMatchObject({ activity: "Föräldrautbildning", achieved_value: 3, target_value: 4, status: "ONGOING" });
  const countryAfter = await country();
  expect(countryAfter.etag).not.toBe(countryBefore.etag);
  expect(countryAfter.promises.find((p) => p.title === title)!.activities[0]).toMatchObject({ achieved_value: 3 });

  const pdf = await visitor.request.get(`${publicPath}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");

  // A change not yet approved by both parties stays out of the page, the JSON and the CSV.
  await official.goto(`${adminUrl}/redigera`);
  await official.getByLabel("Titel", { exact: true }).fill(`Ej godkänd rubrik ${suffix}`);
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByText("Det finns ändringar som allmänheten inte ser ännu.", { exact: false })).toBeVisible();
  await visitor.goto(publicPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const jsonAfter = await (await visitor.request.get("/api/public/v1/promises?municipality=enkoping")).text();
  const csvAfter = await (await visitor.request.get("/api/public/v1/promises.csv?municipality=enkoping")).text();
  expect(jsonAfter).toContain(title);
  expect(csvAfter).toContain(title);
  expect(jsonAfter).not.toContain(`Ej godkänd rubrik ${suffix}`);
  expect(csvAfter).not.toContain(`Ej godkänd rubrik ${suffix}`);
});

test("text that looks like a personal identity number is stopped at its field, and saved only once the user confirms it is none", async ({ browser }) => {
  const official = await as(browser, "kommun@enkoping.demo");
  await official.goto("/loften/nytt");
  const confirmation = official.getByLabel(/Jag har kontrollerat att texten/);
  // Not offered before the text is flagged: a box on every form gets ticked out of habit.
  await expect(confirmation).toHaveCount(0);
  await official.getByLabel("Titel", { exact: true }).fill("Löfte med personuppgift");
  await official.getByLabel("Gäller från").fill("2026-01-01");
  await official.getByLabel("Gäller till").fill("2026-12-31");
  await official.getByLabel("Plats", { exact: true }).fill("Centrum");
  await official.getByLabel("Bakgrund").fill("Gäller ungdomen 811218-9876.");
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByLabel("Bakgrund")).toHaveAccessibleDescription(/ser ut att innehålla ett personnummer/);
  await expect(official.getByLabel("Bakgrund")).toHaveValue("Gäller ungdomen 811218-9876.");
  await expect(official).toHaveURL(/\/loften\/nytt$/);
  await expect(confirmation).toHaveAccessibleDescription(/kryssa i rutan och spara igen/);
  await confirmation.check();
  await official.getByRole("button", { name: "Spara" }).click();
  await expect(official.getByRole("heading", { level: 1 })).toHaveText("Löfte med personuppgift");
});
