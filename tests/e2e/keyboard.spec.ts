import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, expectAccessible, test } from "./fixtures";

/*
 * The portal used with the keyboard alone: focus moves only with Tab and Shift+Tab, text is
 * typed, selects are chosen by typing, checkboxes ticked with Space, buttons and links
 * activated with Enter. No click, no fill(), no goto() after the first page.
 */

const MAX_TABS = 120;

/**
 * Presses Tab (or Shift+Tab) until `target` has focus: proves it can be reached in order.
 * Fails after a bounded number of presses, and when the focused control shows no focus ring.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = MAX_TABS } = {}) {
  await target.waitFor();
  const key = backwards ? "Shift+Tab" : "Tab";
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) {
      // WCAG 2.4.7: the control reached with the keyboard shows where focus is.
      const ring = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      });
      expect(ring, `${target} shows a focus ring`).toBe(true);
      return presses;
    }
  }
  throw new Error(`${target} was not reached with ${max} presses of ${key}`);
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to a link or button and activates it with Enter. */
async function press(page: Page, control: Locator) {
  await tabTo(page, control);
  await page.keyboard.press("Enter");
}

/**
 * Tabs to a select and chooses an option without opening it: by typing the start of its label
 * (type-ahead), or with the arrow keys.
 */
async function choose(page: Page, select: Locator, label: string, keys: { type: string } | { arrowDown: number }) {
  await tabTo(page, select);
  if ("type" in keys) await page.keyboard.type(keys.type);
  else for (let i = 0; i < keys.arrowDown; i++) await page.keyboard.press("ArrowDown");
  await expect(select.locator("option:checked")).toHaveText(label);
}

/** Tabs to a checkbox and ticks it with Space. */
async function tick(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  await page.keyboard.press("Space");
  await expect(checkbox).toBeChecked();
}

/**
 * The order of a date or date-and-time input's segments as Chromium lays them out: it follows
 * the browser's own language, not the page's (Debian's chromium without chromium-l10n has only
 * en-US: mm/dd/yyyy, hh:mm AM/PM; with Swedish: åååå-mm-dd tt:mm). Read from the control's
 * user-agent shadow tree, which only the DevTools protocol can see; nothing is typed through it.
 */
async function segmentsOf(page: Page, input: Locator): Promise<string[]> {
  const id = await input.getAttribute("id");
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: Node };
    const attr = (n: Node, name: string) => {
      const i = n.attributes?.findIndex((a, j) => j % 2 === 0 && a === name) ?? -1;
      return i >= 0 ? n.attributes![i + 1] : undefined;
    };
    const all = function* (n: Node): Generator<Node> {
      yield n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) yield* all(c);
    };
    const host = [...all(root)].find((n) => attr(n, "id") === id);
    if (!host) throw new Error(`no element with id ${id}`);
    const fields = [...all(host)].map((n) => attr(n, "pseudo")?.match(/^-webkit-datetime-edit-(\w+)-field$/)?.[1]).filter(Boolean) as string[];
    if (fields.length === 0) throw new Error(`#${id} has no date segments`);
    return fields;
  } finally {
    await cdp.detach();
  }
}

/**
 * Types "2027-03-02" or "2027-03-02T09:00" into a date or datetime-local input, segment by
 * segment in the order the control shows them. Two-digit segments move on by themselves; the
 * year takes up to six digits, so ArrowRight moves on from it.
 */
async function typeDate(page: Page, input: Locator, value: string) {
  await tabTo(page, input);
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value)!;
  const segments = await segmentsOf(page, input);
  const twelveHour = segments.includes("ampm");
  const h = Number(hour);
  const typed: Record<string, string> = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour === undefined ? "" : twelveHour ? String(h % 12 || 12).padStart(2, "0") : hour,
    minute: minute ?? "",
    ampm: h < 12 ? "A" : "P",
  };
  for (const [i, segment] of segments.entries()) {
    await page.keyboard.type(typed[segment]!);
    if (segment === "year" && i < segments.length - 1) await page.keyboard.press("ArrowRight");
  }
  await expect(input).toHaveValue(value);
}

/** After a save that reloaded the page: the confirmation is there and has focus. */
async function expectStatus(page: Page, text: string) {
  const status = page.getByRole("status");
  await expect(status).toHaveText(text);
  await expect(status).toBeFocused();
}

const header = (page: Page) => page.getByRole("navigation", { name: "Huvudmeny" });

async function signIn(page: Page, email: string, { backwards = false } = {}) {
  await tabTo(page, header(page).getByRole("link", { name: "Logga in" }), { backwards });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logga in");
  await expectAccessible(page);
  await typeInto(page, page.getByLabel("E-postadress"), email);
  await tabTo(page, page.getByLabel("Lösenord"));
  await page.keyboard.type(DEMO_PASSWORD);
  // Enter in a one-line field submits the form.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/oversikt$/);
  await expectAccessible(page);
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const DAY = 24 * 60 * 60 * 1000;

test("keyboard only: sign in, create a promise with an activity, follow it up, plan and record a meeting with an action item", async ({ page }) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString().slice(-6);
  const title = `Trygga kvällar ${suffix}`;
  const activity = `Föräldrakurser ${suffix}`;
  const itemPlanned = `Boka lokal ${suffix}`;
  const itemRecorded = `Ordna vuxenvandring ${suffix}`;
  const year = new Date().getUTCFullYear();
  // A week ago, so that the meeting can be recorded as held; items are due after it.
  const meetingDay = new Date(Date.now() - 7 * DAY);
  const meetingAt = `${isoDay(meetingDay)}T09:00`;

  // The first page is the only one opened by address.
  await page.goto("/");
  await expectAccessible(page);
  // The first Tab reaches the skip link, which takes focus past the banner; the banner is
  // then behind.
  await press(page, page.getByRole("link", { name: "Hoppa till huvudinnehållet" }));
  await expect(page.getByRole("main")).toBeFocused();
  await signIn(page, "kommun@enkoping.demo", { backwards: true });

  // A new promise, from the header's navigation.
  await press(page, header(page).getByRole("link", { name: "Medborgarlöften" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medborgarlöften");
  await expectAccessible(page);
  await press(page, page.getByRole("link", { name: "Nytt medborgarlöfte" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nytt medborgarlöfte");
  await expectAccessible(page);

  await typeInto(page, page.getByLabel("Titel", { exact: true }), title);
  await typeDate(page, page.getByLabel("Gäller från"), `${year}-01-01`);
  await typeDate(page, page.getByLabel("Gäller till"), `${year + 1}-12-31`);
  await typeInto(page, page.getByLabel("Plats", { exact: true }), `Centrum ${suffix}`);
  await typeInto(page, page.getByLabel("Bakgrund"), "Oro i centrum kvällstid.");
  await typeInto(page, page.getByLabel("Hur löftet ökar tryggheten"), "Fler vuxna ute kvällstid.");
  await typeInto(page, page.getByLabel("Hur löftet förebygger brott"), "Tidiga insatser vid skolorna.");
  await typeInto(page, page.getByLabel("Hur löftet ökar medborgarnas delaktighet"), "Boende går trygghetsvandringar.");
  await typeInto(page, page.getByLabel("Hur löftet stärker förtroendet för polisen"), "Polisen är på plats varje vecka.");
  await press(page, page.getByRole("button", { name: "Spara" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectStatus(page, "Medborgarlöftet är skapat.");
  await expectAccessible(page);

  // An activity with a countable target, from the form under the activity plan.
  const add = page.locator("#add-activity");
  await typeInto(page, add.getByLabel("Aktivitet", { exact: true }), activity);
  await typeInto(page, add.getByLabel("Omfattning"), "Fyra kurskvällar");
  await typeInto(page, add.getByLabel("Ansvarig", { exact: true }), "Socialförvaltningen");
  await choose(page, add.getByLabel("Status"), "Pågår", { arrowDown: 1 });
  await typeInto(page, add.getByLabel(/Mål i antal/), "4");
  await typeInto(page, add.getByLabel(/Enhet/), "kurser");
  await tick(page, add.getByRole("group", { name: "Ansvariga organisationer" }).getByLabel("Socialförvaltningen"));
  await press(page, add.getByRole("button", { name: "Lägg till aktivitet" }));
  // Adding an activity shows no message (its action returns none): the new row is what shows.
  const plan = page.getByRole("region", { name: "Aktivitetsplan" });
  const row = plan.getByRole("listitem").filter({ has: page.getByRole("heading", { name: activity }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Ingen uppföljning ännu");
  await expectAccessible(page);

  // A follow-up, from the activity's own link.
  await press(page, row.getByRole("link", { name: "Registrera uppföljning 1" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Uppföljning av ${activity}`);
  // The tab names the activity too, not "Uppföljning" as every follow-up page did.
  await expect(page).toHaveTitle(`Uppföljning av ${activity} – Samverkansportalen`);
  await expectAccessible(page);
  const followUp = page.locator("#follow-up-form");
  await choose(page, followUp.getByLabel("Period", { exact: true }), "Januari", { type: "Januari" });
  await choose(page, followUp.getByLabel("År", { exact: true }), String(year), { type: String(year) });
  await typeInto(page, followUp.getByLabel(/^Antal .*under perioden/), "3");
  await typeInto(page, followUp.getByLabel("Vad som gjordes"), "Tre kurskvällar med föräldrar.");
  await press(page, followUp.getByRole("button", { name: "Registrera uppföljning" }));
  await expectStatus(page, "Ändringarna är sparade.");
  const earlier = page.getByRole("region", { name: "Uppföljning", exact: true });
  await expect(earlier.getByRole("listitem")).toHaveCount(1);
  await expect(earlier.getByRole("heading", { name: new RegExp(`^januari ${year} · Pågår$`) })).toBeVisible();
  // Heard in a list of links, each edit link says which period it edits.
  await expect(earlier.getByRole("link", { name: `Ändra uppföljning: januari ${year}` })).toBeVisible();
  await expect(page.getByText("3 av 4 kurser")).toBeVisible();
  await expectAccessible(page);
  // Its edit page's tab says which period of which activity it changes.
  await press(page, earlier.getByRole("link", { name: `Ändra uppföljning: januari ${year}` }));
  await expect(page).toHaveTitle(`Ändra uppföljning: januari ${year} · ${activity} – Samverkansportalen`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ändra uppföljning: januari ${year} · ${activity}`);

  // Sign out from the header (behind us: Shift+Tab), and in again as the forum member.
  await tabTo(page, header(page).getByRole("button", { name: "Logga ut" }), { backwards: true });
  await page.keyboard.press("Enter");
  await expect(header(page).getByRole("link", { name: "Logga in" })).toBeVisible();
  await signIn(page, "forum@enkoping.demo");

  // The forum, from the header and the list of forums.
  await press(page, header(page).getByRole("link", { name: "Forum", exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forum");
  await expectAccessible(page);
  await press(page, page.getByRole("link", { name: "Tryggare Enköping", exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tryggare Enköping");
  await expectAccessible(page);

  // Plan a meeting with an action item.
  const schedule = page.locator("#schedule-meeting");
  await typeDate(page, schedule.getByLabel("Datum och tid"), meetingAt);
  await typeInto(page, schedule.getByLabel("Plats"), "Stadshuset");
  await typeInto(page, schedule.getByLabel("Dagordning"), "Lägesbild");
  const planned = schedule.getByRole("group", { name: "Uppföljning 1" });
  await typeInto(page, planned.getByLabel("Vad ska göras"), itemPlanned);
  await choose(page, planned.getByLabel("Ansvarig person"), "Jonas Berg", { type: "Jonas" });
  await typeDate(page, planned.getByLabel("Klart senast"), isoDay(new Date(meetingDay.getTime() + 7 * DAY)));
  await press(page, schedule.getByRole("button", { name: "Planera möte" }));
  await expectStatus(page, "Ändringarna är sparade.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tryggare Enköping: Möte");
  const items = page.getByRole("region", { name: "Uppföljningar från mötet" });
  await expect(items.getByRole("heading", { name: itemPlanned })).toBeVisible();
  await expectAccessible(page);

  // Record it: held, who was there, minutes, a decision and one more item.
  const record = page.locator("#record-meeting");
  await choose(page, record.getByLabel("Mötets status"), "Genomfört", { type: "G" });
  const present = record.getByRole("group", { name: "Närvarande" });
  await tick(page, present.getByLabel(/^Jonas Berg/));
  await tick(page, present.getByLabel(/^Sara Holm/));
  await typeInto(page, record.getByLabel("Minnesanteckningar"), "- Lägesbilden är lugn");
  await typeInto(page, record.getByLabel("Beslut 1"), "Vuxenvandring på fredagar");
  const added = record.getByRole("group", { name: "Uppföljning 2" });
  await typeInto(page, added.getByLabel("Vad ska göras"), itemRecorded);
  await choose(page, added.getByLabel("eller ansvarig organisation"), "Upplevelseförvaltningen", { type: "Upplevelse" });
  await typeDate(page, added.getByLabel("Klart senast"), isoDay(new Date(meetingDay.getTime() + 14 * DAY)));
  await press(page, record.getByRole("button", { name: "Spara mötet" }));
  await expectStatus(page, "Ändringarna är sparade.");
  await expect(page.getByRole("region", { name: "Minnesanteckningar" }).getByRole("listitem")).toHaveText(["Lägesbilden är lugn"]);
  await expect(page.getByRole("region", { name: "Beslut", exact: true }).getByRole("listitem")).toHaveText(["Vuxenvandring på fredagar"]);
  await expect(items.getByRole("heading", { level: 3 })).toHaveText([itemPlanned, itemRecorded]);
  await expect(page.locator("header p").filter({ hasText: "Genomfört" })).toHaveText("Genomfört · Stadshuset");
  await expectAccessible(page);
});
