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
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url().split("?")[0]!;
}

test("a meeting planned without a date is refused at the field with nothing lost; minutes saved twice keep one copy of each item", async ({ browser }) => {
  const suffix = Date.now().toString().slice(-5);
  const agenda = `1. Lägesbild ${suffix}\n2. Sommarlovet`;
  const member = await as(browser, "forum@enkoping.demo");
  await openForum(member, "Tryggare Enköping");

  // No date: a Swedish message at the date field, and what was typed is still there.
  const plan = member.locator("#schedule-meeting");
  await plan.getByLabel("Dagordning").fill(agenda);
  const planned = plan.getByRole("group", { name: "Uppföljning 1" });
  await planned.getByLabel("Vad ska göras").fill(`Boka lokal ${suffix}`);
  await planned.getByLabel("Ansvarig person").selectOption({ label: "Sara Holm" });
  await planned.getByLabel("Klart senast").fill("2027-05-11");
  await plan.getByRole("button", { name: "Planera möte" }).click();
  await expect(plan.getByLabel("Datum och tid")).toHaveAccessibleDescription("Ange datum och tid, till exempel 2027-05-07 16:30.");
  await expect(plan.getByRole("alert")).toContainText("Rätta felen nedan och försök igen.");
  await expect(plan.getByLabel("Dagordning")).toHaveValue(agenda);
  await expect(planned.getByLabel("Vad ska göras")).toHaveValue(`Boka lokal ${suffix}`);
  await expectAccessible(member);

  // With the date it is planned, and the meeting page opens with its item.
  await plan.getByLabel("Datum och tid").fill("2027-05-04T09:00");
  await plan.getByRole("button", { name: "Planera möte" }).click();
  await expect(member.getByRole("status")).toHaveText("Ändringarna är sparade.");
  const meetingUrl = member.url().split("?")[0]!;
  const items = member.getByRole("region", { name: "Uppföljningar från mötet" });
  await expect(items.getByRole("heading", { name: `Boka lokal ${suffix}` })).toHaveCount(1);

  // The minutes: the meeting is still ahead, so it stays planned unless someone says otherwise.
  const record = member.locator("#record-meeting");
  await expect(record.getByLabel("Mötets status")).toHaveValue("PLANNED");
  await expect(record.getByRole("group", { name: "Uppföljning 1" }).getByLabel("Vad ska göras")).toHaveValue(`Boka lokal ${suffix}`);
  await expectAccessible(member);
  await record.getByLabel("Minnesanteckningar").fill("- Lokalen är bokad");
  const added = record.getByRole("group", { name: "Uppföljning 2" });
  await added.getByLabel("Vad ska göras").fill(`Ordna vuxenvandring ${suffix}`);
  await added.getByLabel("Ansvarig person").selectOption({ label: "Sara Holm" });
  await added.getByLabel("Klart senast").fill("2027-05-18");

  const save = () =>
    Promise.all([
      member.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === new URL(meetingUrl).pathname),
      record.getByRole("button", { name: "Spara mötet" }).click(),
    ]);
  await save();
  await expect(member.getByRole("status")).toHaveText("Ändringarna är sparade.");
  // The form starts again from what was saved: both items as rows of their own.
  await expect(record.getByRole("group", { name: "Uppföljning 2" }).getByLabel("Vad ska göras")).toHaveValue(`Ordna vuxenvandring ${suffix}`);
  await expect(record.getByRole("group", { name: "Uppföljning 3" }).getByLabel("Vad ska göras")).toHaveValue("");

  // Saved again: still one of each.
  await save();
  await member.goto(meetingUrl);
  await expect(items.getByRole("heading", { name: `Ordna vuxenvandring ${suffix}` })).toHaveCount(1);
  await expect(items.getByRole("heading", { name: `Boka lokal ${suffix}` })).toHaveCount(1);
  await expect(items.getByRole("heading", { level: 3 })).toHaveCount(2);
  await expect(member.getByRole("heading", { level: 1 })).toContainText("4 maj 2027");
  await expectAccessible(member);
});

test("a member of only this forum reads the forum it reports to as plain text; a member of that forum gets a link", async ({ browser }) => {
  const member = await as(browser, "forum@enkoping.demo");
  await openForum(member, "Tryggare Enköping");
  const reportsTo = (page: Page) => page.locator("dt", { hasText: "Rapporterar till" }).locator("xpath=following-sibling::dd[1]");
  await expect(reportsTo(member)).toHaveText("Styrgrupp för samverkansavtalet");
  await expect(reportsTo(member).getByRole("link")).toHaveCount(0);
  await expectAccessible(member);

  const chair = await as(browser, "kommun@enkoping.demo");
  await openForum(chair, "Tryggare Enköping");
  await expect(reportsTo(chair).getByRole("link", { name: "Styrgrupp för samverkansavtalet" })).toBeVisible();
  await expectAccessible(chair);
});
