import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EarlierFollowUps } from "@/components/promises/earlier-follow-ups";

const followUp = (id: string, periodType: "TERTIAL" | "HALF_YEAR" | "YEAR" | "MONTH", start: string) => ({
  id,
  periodType,
  periodStart: new Date(start),
  status: "ONGOING" as const,
  done: "",
  comment: "",
  figures: [],
});

const headings = (locale: "sv" | "en") =>
  [...renderToStaticMarkup(
    <EarlierFollowUps
      locale={locale}
      followUps={[followUp("a", "TERTIAL", "2024-09-01"), followUp("b", "HALF_YEAR", "2025-01-01"), followUp("c", "YEAR", "2026-01-01"), followUp("d", "MONTH", "2026-03-01")]}
    />,
  ).matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((h) => h[1]!.replace(/<[^>]+>/g, "").replace(/<!-- -->/g, ""));

describe("the list of earlier follow-ups", () => {
  it("names each period in words, as the history and the overview do, with no codes", () => {
    expect(headings("sv")).toEqual(["september–december 2024 · Pågår", "januari–juni 2025 · Pågår", "2026 · Pågår", "mars 2026 · Pågår"]);
    expect(headings("en")[0]).toMatch(/^September–December 2024 · /);
  });
});
