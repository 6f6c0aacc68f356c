import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormStateProvider } from "@/components/forms/action-form";
import { PersonalDataConfirmation, TextAreaField } from "@/components/forms/fields";
import { toFailure } from "@/lib/actions/define-action";
import { guardPersonalData } from "@/lib/promises/mutations";
import { messages } from "@/lib/i18n";

const LABEL = messages("sv").promises.fields.confirmNoPersonalData;

function form(errors: Record<string, string>) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="sv" messages={{}}>
      <FormStateProvider errors={errors} pending={false} formId="f">
        <TextAreaField name="description" label="Beskrivning" />
        <PersonalDataConfirmation label={LABEL} />
      </FormStateProvider>
    </NextIntlClientProvider>,
  );
}

/** What the server answers when a text looks like a personal identity number. */
async function refusal(text: string) {
  try {
    guardPersonalData({ description: text }, false);
  } catch (error) {
    return toFailure(error, (key) => key);
  }
  throw new Error("not refused");
}

describe("confirming that a text holds no personal identity number", () => {
  it("is not offered before anything was flagged, so it cannot be ticked out of habit", () => {
    expect(form({})).not.toContain(LABEL);
  });

  it("is asked for beside the flagged text's refusal, with what to do", async () => {
    const result = await refusal("Kontakt 811218-9876 om något händer");
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.fieldErrors! : {};
    expect(errors.description).toBe("privacy.personalNumber");
    expect(errors.confirmNoPersonalData).toBe("privacy.confirmIfNotPersonalNumber");
    const html = form({ description: messages("sv").privacy.personalNumber, confirmNoPersonalData: messages("sv").privacy.confirmIfNotPersonalNumber });
    expect(html).toContain(LABEL);
    expect(html).toContain("kryssa i rutan och spara igen");
  });
});
