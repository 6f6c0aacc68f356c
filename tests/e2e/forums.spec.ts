import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "sv-SE" })).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/oversikt$/);
  return page;
}

async function openForum(page: Page, name: string) {
  await page.goto("/forum");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url().split("?")[0]!;
}

test("a member records a meeting with two items, another member closes one, the next agenda carries the other", async ({ browser }) => {
  // A long journey over many pages, each checked by axe at two widths.
  test.setTimeout(240_000);
  const suffix = Date.now().toString().slice(-5);
  const member = await as(browser, "forum@enkoping.demo");
  await member.goto("/forum");
  await expect(member.getByRole("heading", { name: "Taktisk nivå" })).toBeVisible();
  await expectAccessible(member);
  const forumUrl = await openForum(member, "Tryggare Enköping");
  await expectAccessible(member);

  const form = member.locator("#schedule-meeting");
  await form.getByLabel("Datum och tid").fill("2027-03-02T09:00");
  await form.getByLabel("Dagordning").fill("1. Veckans lägesbild\n2. Skolavslutningen");
  const first = form.getByRole("group", { name: "Uppföljning 1" });
  await first.getByLabel("Vad ska göras").fill(`Sammanställ anmälningar ${suffix}`);
  await first.getByLabel("Ansvarig person").selectOption({ label: "Jonas Berg" });
  await first.getByLabel("Klart senast").fill("2027-03-09");
  const second = form.getByRole("group", { name: "Uppföljning 2" });
  await second.getByLabel("Vad ska göras").fill(`Ordna vuxenvandring ${suffix}`);
  await second.getByLabel("Ansvarig person").selectOption({ label: "Sara Holm" });
  await second.getByLabel("Klart senast").fill("2027-03-16");
  await form.getByRole("button", { name: "Planera möte" }).click();
  await expect(member.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(member.getByRole("heading", { name: `Sammanställ anmälningar ${suffix}` })).toBeVisible();
  await expectAccessible(member);
  const meetingUrl = member.url().split("?")[0]!;

  // The police member is responsible for the first item and marks it done.
  const police = await as(browser, "polis@enkoping.demo");
  await expect(police.getByRole("region", { name: "Mina uppföljningar" }).getByRole("link", { name: `Sammanställ anmälningar ${suffix}` })).toBeVisible();
  await police.goto(forumUrl);
  const item = police.getByRole("listitem").filter({ has: police.getByRole("heading", { name: `Sammanställ anmälningar ${suffix}` }) });
  await item.getByLabel("Ändra status").selectOption("DONE");
  await item.getByRole("button", { name: /Spara status för/ }).click();
  await expect(item.locator("p").getByText("Klar", { exact: true })).toBeVisible();
  await police.reload();
  await expect(item.getByLabel("Ändra status")).toHaveValue("DONE");

  // The forum member cannot change an item someone else is responsible for.
  await member.goto(forumUrl);
  const notMine = member.getByRole("listitem").filter({ has: member.getByRole("heading", { name: `Sammanställ anmälningar ${suffix}` }) });
  await expect(notMine.getByLabel("Ändra status")).toHaveCount(0);

  // Minutes are written with simple formatting and shown formatted.
  await member.goto(meetingUrl);
  await member.getByLabel("Minnesanteckningar").fill("- Lägesbilden är lugn\n- **Skolavslutningen** kräver samordning");
  await member.getByRole("button", { name: "Spara mötet" }).click();
  await expect(member.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(member.getByRole("region", { name: "Minnesanteckningar" }).getByRole("listitem")).toHaveCount(2);
  await expect(member.locator("strong", { hasText: "Skolavslutningen" })).toBeVisible();
  await expectAccessible(member);
  await member.goto(forumUrl);

  // The next meeting's agenda lists the open item, not the closed one.
  const next = member.locator("#schedule-meeting");
  await next.getByLabel("Datum och tid").fill("2027-03-09T09:00");
  await next.getByLabel("Dagordning").fill("1. Uppföljning");
  await next.getByRole("button", { name: "Planera möte" }).click();
  await expect(member.getByRole("status")).toHaveText("Ändringarna är sparade.");
  const followUps = member.getByRole("region", { name: "Dagordning" });
  await expect(followUps.getByRole("heading", { name: `Ordna vuxenvandring ${suffix}` })).toBeVisible();
  await expect(followUps.getByRole("heading", { name: `Sammanställ anmälningar ${suffix}` })).toHaveCount(0);
});

test("an item due before the meeting, or without anyone responsible, is refused at its field", async ({ browser }) => {
  const member = await as(browser, "forum@enkoping.demo");
  await openForum(member, "Tryggare Enköping");
  const form = member.locator("#schedule-meeting");
  await form.getByLabel("Datum och tid").fill("2027-04-06T09:00");
  const first = form.getByRole("group", { name: "Uppföljning 1" });
  await first.getByLabel("Vad ska göras").fill("Något som ska göras");
  await first.getByLabel("Klart senast").fill("2027-04-01");
  await form.getByRole("button", { name: "Planera möte" }).click();
  await expect(first.getByLabel("Klart senast")).toHaveAccessibleDescription("Slutdatumet kan inte ligga före mötet.");
  await expect(first.getByLabel("Ansvarig person")).toHaveAccessibleDescription("Ange en ansvarig person eller organisation.");
});

test("a non-member gets 404 for a forum, its meetings and its minutes", async ({ browser }) => {
  const police = await as(browser, "polis@enkoping.demo");
  const forumUrl = await openForum(police, "Trygghetstriangeln");
  const path = new URL(forumUrl).pathname;
  const member = await as(browser, "forum@enkoping.demo");
  const response = await member.goto(path);
  expect(response?.status()).toBe(404);
  await expect(member.getByText("Trygghetstriangeln")).toHaveCount(0);
  await member.goto("/forum");
  await expect(member.getByRole("link", { name: "Trygghetstriangeln" })).toHaveCount(0);
});
