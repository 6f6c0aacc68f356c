import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ForumSettingsForm } from "@/components/forums/forum-settings-form";
import { ZCreateForum } from "@/lib/meetings/schemas";

const noAction = async () => ({ ok: true as const, data: undefined });
const ALFA = { id: "00000000-0000-4000-8000-00000000000a", name: "Alfa" };
const BETA = { id: "00000000-0000-4000-8000-00000000000b", name: "Beta" };

function municipalityChooser(municipalities: { id: string; name: string }[]) {
  const html = renderToStaticMarkup(
    <AppRouterContext.Provider value={{} as AppRouterInstance}>
      <NextIntlClientProvider locale="sv" messages={{}}>
        <ForumSettingsForm action={noAction} formId="new-forum-form" submitLabel="Nytt forum" municipalities={municipalities} parents={[]} />
      </NextIntlClientProvider>
    </AppRouterContext.Provider>,
  );
  const select = html.match(/<select[^>]*name="municipalityId"[^>]*>(.*?)<\/select>/)![1]!;
  return [...select.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)].map(([, value, selected, label]) => ({ value, label, selected: Boolean(selected) }));
}

describe("the municipality of a new forum", () => {
  it("is not chosen for the user among several: the first is no default", () => {
    const options = municipalityChooser([ALFA, BETA]);
    expect(options.map((o) => o.label)).toEqual(["Välj kommun", "Alfa", "Beta"]);
    expect(options.filter((o) => o.selected).map((o) => o.value)).toEqual([""]);
  });

  it("is the only one when there is one", () => {
    expect(municipalityChooser([ALFA]).map((o) => o.label)).toEqual(["Alfa"]);
  });

  it("left unchosen, is asked for", () => {
    const result = ZCreateForum.safeParse({ municipalityId: "", name: "Trygghetsberedningen", level: "POLITICAL", purpose: "", cadence: "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === "municipalityId")?.message).toBe("validation.choose");
  });
});
