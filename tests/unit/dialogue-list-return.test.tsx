import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DialogueForm } from "@/components/promises/dialogue-form";
import { formDataToObject } from "@/lib/actions/form-data";
import { ZCreateDialogue } from "@/lib/dialogues/schemas";
import { filterParams, listAddress, parseListFilter } from "@/lib/pagination/filter";

const enkoping = "6f1c8a52-0000-4000-8000-0000000000aa";
const noAction = async () => ({ ok: true as const, data: undefined });

/** The form under /dialoger?q=…&kommun=…&ar=…, as the browser sends it, parsed as the action parses it. */
function submitted(hidden: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ title: "Dialogmöte i Bålsta", startsAt: "2026-05-04T18:00", municipalityId: enkoping, ...hidden })) form.set(name, value);
  const parsed = ZCreateDialogue.safeParse(formDataToObject(form));
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

describe("a dialogue saved from a filtered list", () => {
  it("carries the list's filter in the form", () => {
    const list = filterParams(parseListFilter({ q: "Bålsta", kommun: enkoping, ar: "2026", sida: "2" }));
    const html = renderToStaticMarkup(
      <AppRouterContext.Provider value={{} as AppRouterInstance}>
        <NextIntlClientProvider locale="sv" messages={{}}>
          <DialogueForm action={noAction} municipalities={[{ id: enkoping, name: "Enköping" }]} submitLabel="Spara" list={list} />
        </NextIntlClientProvider>
      </AppRouterContext.Provider>,
    );
    expect(html).toContain('name="list.q" value="Bålsta"');
    expect(html).toContain(`name="list.kommun" value="${enkoping}"`);
    expect(html).toContain('name="list.ar" value="2026"');
  });

  it("returns to the list with that filter and the notice", () => {
    const input = submitted({ "list.q": "Bålsta", "list.kommun": enkoping, "list.ar": "2026" });
    expect(listAddress("/dialoger", input.list, "saved")).toBe(`/dialoger?q=B%C3%A5lsta&kommun=${enkoping}&ar=2026&notice=saved`);
  });

  it("keeps only the filter's known parameters, as the list reads them", () => {
    const input = submitted({ "list.q": "  trygghet ", "list.ar": "tjugo", "list.status": "PUBLISHED", "list.notice": "x", "list.redirect": "https://evil.example" });
    expect(listAddress("/dialoger", input.list, "saved")).toBe("/dialoger?q=trygghet&notice=saved");
    expect(listAddress("/dialoger", submitted({}).list, "saved")).toBe("/dialoger?notice=saved");
  });
});
