import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActionItemList, type ItemView } from "@/components/forums/action-item-list";
import type { Actor } from "@/lib/auth/actor";

const lower = { id: "6f1c8a52-0000-4000-8000-00000000000a", name: "Arbetsgrupp Centrum", municipalityId: "6f1c8a52-0000-4000-8000-0000000000aa", chairId: null };
const item: ItemView = {
  id: "6f1c8a52-0000-4000-8000-000000000001",
  version: 1,
  forumId: "6f1c8a52-0000-4000-8000-00000000000b",
  title: "Belysning vid stationen",
  status: "OPEN",
  dueOn: new Date("2026-12-15"),
  responsibleUserId: null,
  responsibleOrganisationId: null,
  responsibleUser: null,
  responsibleOrganisation: null,
  escalatedTo: null,
  escalatedFrom: { forum: lower },
  concern: null,
};
const actor = (forumIds: string[]) => ({ id: "u", role: "MUNICIPAL_OFFICIAL", forumIds, chairedForumIds: [], municipalityIds: [lower.municipalityId], policeAreaIds: [], organisation: { id: "o", kind: "MUNICIPAL_DEPARTMENT" } }) as unknown as Actor;
const render = (reader: Actor) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="sv" messages={{}}>
      <ActionItemList items={[item]} actor={reader} escalateTo={null} />
    </NextIntlClientProvider>,
  );

describe("an item raised from another forum", () => {
  it("links to that forum for its members, and names it as text for others (the link would be a 404)", () => {
    expect(render(actor([lower.id, item.forumId]))).toContain(`href="/forum/${lower.id}"`);
    const outsider = render(actor([item.forumId]));
    expect(outsider).toContain("Lyft från Arbetsgrupp Centrum");
    expect(outsider).not.toContain(`/forum/${lower.id}`);
  });
});

describe("an open item the forum may raise", () => {
  it("has a raise button named by the forum and the item, as the visible words then a colon", () => {
    const html = renderToStaticMarkup(
      <AppRouterContext.Provider value={{} as AppRouterInstance}>
        <NextIntlClientProvider locale="sv" messages={{}}>
          <ActionItemList items={[{ ...item, escalatedFrom: null }]} actor={actor([item.forumId])} escalateTo={{ name: "Styrgrupp" }} />
        </NextIntlClientProvider>
      </AppRouterContext.Provider>,
    );
    const button = html.match(/<button[^>]*>(?:(?!<\/button>).)*Lyft till Styrgrupp(?:(?!<\/button>).)*<\/button>/)![0];
    expect(button).toContain('aria-label="Lyft till Styrgrupp: Belysning vid stationen"');
    expect(button).not.toContain("sr-only");
  });
});
