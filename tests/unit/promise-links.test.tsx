import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PromiseLinks } from "@/components/promises/promise-links";
import type { Actor } from "@/lib/auth/actor";

const enkoping = "6f1c8a52-0000-4000-8000-0000000000aa";
const area = "6f1c8a52-0000-4000-8000-0000000000bb";
const formerArea = "6f1c8a52-0000-4000-8000-0000000000cc";
const current = { id: "6f1c8a52-0000-4000-8000-000000000101", municipalityId: enkoping, policeAreaId: area };
const earlier = { id: "6f1c8a52-0000-4000-8000-000000000102", municipalityId: enkoping, policeAreaId: formerArea };
const goals = [
  { id: "6f1c8a52-0000-4000-8000-000000000201", title: "Minska ungas brottslighet", agreement: current },
  { id: "6f1c8a52-0000-4000-8000-000000000202", title: "Ökad trygghet i centrum", agreement: earlier },
];
const dialogues = [
  { id: "6f1c8a52-0000-4000-8000-000000000301", title: "Trygghetsvandring vid stationen", startsAt: new Date("2026-03-01T17:00:00Z"), place: "Stationen", format: "Vandring", participantCount: 12, themes: "Belysning" },
];

const police = (municipalityIds: string[]) =>
  ({ id: "u", role: "POLICE_STAFF", forumIds: [], chairedForumIds: [], municipalityIds, policeAreaIds: [area], organisation: { id: "o", kind: "POLICE_AREA" } }) as unknown as Actor;
const render = (reader: Actor) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="sv" messages={{}}>
      <PromiseLinks goals={goals} dialogues={dialogues} municipalityId={enkoping} actor={reader} />
    </NextIntlClientProvider>,
  );

describe("the goals and dialogues a promise quotes, on its signed-in page", () => {
  it("are shown, each title a link to where the reader may open it", () => {
    const html = render(police([enkoping]));
    expect(html).toContain("Mål i samverkansavtalet som löftet bidrar till");
    expect(html).toContain(`href="/avtal/${current.id}#mal-${goals[0]!.id}"`);
    expect(html).toContain("Medborgardialoger");
    expect(html).toContain(`href="/dialoger/${dialogues[0]!.id}">Trygghetsvandring vid stationen</a>`);
    expect(html).toContain("1 mars 2026 · Stationen · Vandring · 12 deltagare");
  });

  it("names as text what the reader may not open: a goal of another police area's agreement, the dialogues of a municipality no longer theirs", () => {
    const html = render(police([]));
    expect(html).toContain("Ökad trygghet i centrum");
    expect(html).not.toContain(`/avtal/${earlier.id}`);
    expect(html).toContain("Trygghetsvandring vid stationen");
    expect(html).not.toContain("/dialoger/");
  });
});
