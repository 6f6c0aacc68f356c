import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NeedsJavaScript } from "@/components/forms/action-form";

const render = (locale: "sv" | "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={{}}>
      <NeedsJavaScript />
    </NextIntlClientProvider>,
  );

describe("the notice for a browser without JavaScript", () => {
  it("says, only where script does not run, that nothing typed in a form is saved without it", () => {
    expect(render("sv")).toMatch(/^<noscript><p[^>]*>Att spara i portalen kräver JavaScript\. .*utan det sparas inget av det du skriver i ett formulär\.<\/p><\/noscript>$/);
    expect(render("en")).toContain("Saving in the portal needs JavaScript.");
  });
});
