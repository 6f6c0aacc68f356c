import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { ActivityProgress } from "@/lib/activities/progress";
import { formatDateTime } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { renderMinutesPdf, type MeetingForPdf } from "@/lib/meetings/minutes-pdf";
import { renderPromisePdf } from "@/lib/public/promise-pdf";
import type { PublicPromise } from "@/lib/public/promises";

/**
 * Both PDFs are read back with PDF.js (Firefox's reader, an independent parser) and with
 * a look at the raw objects, the way a PDF/UA checker reads them: tagged, in Swedish,
 * with the title shown, embedded fonts, every text in a structure element, headings in
 * order and lists as L > LI > (Lbl, LBody).
 */

interface StructNode {
  role: string;
  children: (StructNode | { type: string; id: string })[];
}
/** A structure element with the text of its content, children included. */
interface Element {
  role: string;
  text: string;
  children: Element[];
}

async function readPdf(bytes: Buffer) {
  const raw = bytes.toString("latin1");
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const { info, metadata } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  const viewerPreferences = (await pdf.getViewerPreferences()) as Record<string, unknown> | null;

  const pages: { text: string; unmarked: string; tree: Element | null }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // Text per marked-content id, and text outside any structure content.
    const byId = new Map<string, string>();
    const open: (string | null)[] = [];
    let text = "";
    let unmarked = "";
    for (const item of content.items) {
      if ("type" in item) {
        if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") open.push("id" in item && item.id ? String(item.id) : null);
        else if (item.type === "endMarkedContent") open.pop();
        continue;
      }
      const str = item.str + (item.hasEOL ? "\n" : "");
      text += str;
      const id = open.findLast((o) => o !== null);
      if (id) byId.set(id, (byId.get(id) ?? "") + str);
      else unmarked += item.str;
    }
    const toElement = (node: StructNode): Element => {
      const children: Element[] = [];
      let own = "";
      for (const child of node.children) {
        if ("role" in child) {
          const element = toElement(child);
          children.push(element);
          own += element.text;
        } else if (child.type === "content") own += byId.get(child.id) ?? "";
      }
      return { role: node.role, text: own, children };
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    pages.push({ text, unmarked, tree: tree ? toElement(tree) : null });
  }
  await pdf.destroy();
  const all = (role: string) => pages.flatMap((p) => (p.tree ? descendants(p.tree) : [])).filter((e) => e.role === role);
  return {
    raw,
    info: info as Record<string, unknown>,
    xmpTitle: metadata?.get("dc:title") ?? null,
    markInfo,
    viewerPreferences,
    pages,
    text: pages.map((p) => p.text).join("\n"),
    all,
  };
}

function descendants(e: Element): Element[] {
  return [e, ...e.children.flatMap(descendants)];
}
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** What a PDF/UA checker asks of any document, for both PDFs. */
function expectTaggedSwedish(pdf: Awaited<ReturnType<typeof readPdf>>, title: string) {
  expect(pdf.markInfo?.Marked).toBe(true);
  expect(pdf.raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(pdf.raw).toContain("/Lang (sv-SE)");
  expect(pdf.viewerPreferences?.DisplayDocTitle).toBe(true);
  expect(pdf.info.Title).toBe(title);
  expect(pdf.xmpTitle).toBe(title);
  expect(pdf.raw).toContain("<pdfuaid:part>1</pdfuaid:part>");
  expect(pdf.raw).toMatch(/%PDF-1\.7/);
  // Embedded TrueType fonts only: no standard font, which a PDF/UA file may not use.
  expect(pdf.raw).toContain("/FontFile2");
  expect(pdf.raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  // Every text is inside structure content; the document is one Document element.
  for (const page of pdf.pages) {
    expect(page.unmarked.trim()).toBe("");
    expect(page.tree?.children.map((c) => c.role)).toEqual(["Document"]);
  }
  // One H1, first, and no heading deeper than one below the one before.
  const levels = pdf.pages.flatMap((p) => (p.tree ? descendants(p.tree) : [])).flatMap((e) => (/^H[1-6]$/.test(e.role) ? [Number(e.role[1])] : []));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  // Lists are L > LI > (Lbl, LBody), with nothing else in between. (PDF.js gives each page
  // the part of the tree with content on it, so an item split by a page break may show
  // only its body there.)
  for (const list of pdf.all("L")) {
    expect(list.children.length).toBeGreaterThan(0);
    for (const li of list.children) {
      expect(li.role).toBe("LI");
      expect(["Lbl LBody", "LBody", "Lbl"]).toContain(li.children.map((c) => c.role).join(" "));
    }
  }
  expect(pdf.text).not.toContain("Ð");
  expect(pdf.text).not.toContain("\r");
}

const meeting: MeetingForPdf = {
  forum: {
    name: "Tryggare Enköping",
    memberships: [
      { user: { id: "u1", name: "Anna Ödman", organisation: { name: "Socialförvaltningen" } } },
      { user: { id: "u2", name: "Per Åberg", organisation: { name: "Lokalpolisområde Enköping/Håbo" } } },
    ],
  },
  meeting: {
    startsAt: new Date("2026-03-12T13:00:00Z"),
    status: "HELD",
    location: "Stadshuset",
    agenda: "1. Lägesbild\r\n2. Trygghetsvandring",
    minutes: [
      "# Lägesbild",
      "",
      "Oron kring **Beslut** om *belysning* i parken tas upp.",
      "Ny rad i samma stycke.",
      "",
      "## Punkter",
      "",
      "- punkt ett",
      "- punkt två med **fetstil**",
      "  - underpunkt",
      "",
      "1. första",
      "2. andra",
      "",
      "**Beslut**",
    ].join("\r\n"),
    attendances: [
      { userId: "u1", present: true },
      { userId: "u2", present: false },
    ],
    guests: [{ organisationName: "Fastighets AB", count: 2 }],
    decisions: [{ text: "Kommunen tänder belysningen i parken." }],
    actionItems: [{ title: "Byta armaturer", status: "OPEN", dueOn: new Date("2026-04-30T00:00:00Z"), responsibleUser: null, responsibleOrganisation: { name: "Tekniska förvaltningen" } }],
  },
  followUps: [],
};

describe("the minutes PDF", () => {
  it("is a tagged Swedish PDF/UA document with its title shown", async () => {
    const pdf = await readPdf(await renderMinutesPdf(meeting, "sv"));
    expectTaggedSwedish(pdf, `Tryggare Enköping: Möte ${formatDateTime(meeting.meeting.startsAt, "sv")}`);
  });

  it("renders the minutes' formatting instead of showing markdown, and no Ð at line ends", async () => {
    const pdf = await readPdf(await renderMinutesPdf(meeting, "sv"));
    expect(pdf.text).toContain("Beslut");
    expect(pdf.text).not.toContain("**");
    expect(pdf.text).not.toMatch(/^#/m);
    expect(pdf.text).not.toMatch(/^- /m);
    // Bold and italic runs are Spans inside the paragraph.
    const paragraph = pdf.all("P").find((p) => p.text.includes("Oron kring"));
    expect(squash(paragraph?.text ?? "")).toBe("Oron kring Beslut om belysning i parken tas upp. Ny rad i samma stycke.");
    expect(paragraph?.children.map((c) => [c.role, squash(c.text)])).toEqual([
      ["Span", "Beslut"],
      ["Span", "belysning"],
    ]);
    // "# Lägesbild" and "## Punkter" sit below the section heading "Minnesanteckningar".
    const headings = pdf.all("H1").concat(pdf.all("H2"), pdf.all("H3"), pdf.all("H4")).map((h) => `${h.role} ${squash(h.text)}`);
    expect(headings).toEqual(expect.arrayContaining(["H2 Minnesanteckningar", "H3 Lägesbild", "H4 Punkter", "H2 Beslut"]));
  });

  it("writes bulleted, nested and numbered lists as lists", async () => {
    const pdf = await readPdf(await renderMinutesPdf(meeting, "sv"));
    const items = pdf.all("LI").map((li) => li.children.map((c) => squash(c.text)));
    expect(items).toEqual(
      expect.arrayContaining([
        ["•", "punkt ett"],
        ["•", "punkt två med fetstil • underpunkt"],
        ["•", "underpunkt"],
        ["1.", "första"],
        ["2.", "andra"],
        ["1.", "Kommunen tänder belysningen i parken."],
      ]),
    );
    const nested = pdf.all("LBody").find((b) => b.text.includes("punkt två"));
    expect(nested?.children.map((c) => c.role)).toEqual(["P", "L"]);
  });

  it("stays tagged on every page when the minutes run over several", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `## Punkt ${i + 1}\r\n\r\nEtt stycke om **punkt ${i + 1}** som är långt nog att radbrytas på sidan, med å, ä och ö.\r\n\r\n- första\r\n- andra\r\n`).join("\r\n");
    const pdf = await readPdf(await renderMinutesPdf({ ...meeting, meeting: { ...meeting.meeting, minutes: long } }, "sv"));
    expect(pdf.pages.length).toBeGreaterThan(2);
    expectTaggedSwedish(pdf, `Tryggare Enköping: Möte ${formatDateTime(meeting.meeting.startsAt, "sv")}`);
    expect(pdf.all("H3").filter((h) => squash(h.text).startsWith("Punkt"))).toHaveLength(40);
    expect(pdf.text).toContain("Punkt 40");
    expect(pdf.text).not.toContain("**");
  });
});

const promise: PublicPromise & { progress: Record<string, ActivityProgress> } = {
  municipality: { slug: "enkoping", name: "Enköping" },
  status: "PUBLISHED",
  publishedAt: new Date("2026-01-15T09:00:00Z"),
  content: {
    id: "p1",
    slug: "trygghet-och-trivsel",
    title: "Trygghet & trivsel på Västerleden",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    focus: "PLACE",
    place: "Västerleden",
    targetGroup: null,
    targetGroupRationale: "",
    background: "Boende upplever otrygghet kvällstid.\r\nSärskilt vid busshållplatsen.\r\n\r\nÖnskemål om mer belysning.",
    citizenPerspective: "Medborgardialogen visade att belysning och närvaro prioriteras.",
    criteria: { safety: "Ökad trygghet i området.", crime: "Färre skadegörelser.", participation: "Boende deltar i vandringar.", trust: "Synlig polis." },
    conclusion: "",
    signatories: [{ party: "MUNICIPALITY", name: "Eva Lind", title: "Kommunstyrelsens ordförande" }],
    basisDocuments: [{ title: "Lägesbild 2025", publisher: "Polisen", year: 2025, url: null }],
    goals: [{ id: "g1", title: "Ökad trygghet i offentlig miljö" }],
    activities: [
      {
        id: "a1",
        position: 0,
        title: "Trygghetsvandringar",
        scope: "Fyra vandringar",
        timing: "Vår och höst",
        responsible: "Kommunen\r\nPolisen",
        followUp: "Antal vandringar",
        evaluation: "",
        targetValue: 4,
        targetUnit: "vandringar",
      },
    ],
    dialogues: [{ title: "Dialog på torget", startsAt: "2025-10-01T15:00:00.000Z", place: "Torget", format: "Öppen dialog", participantCount: 40, themes: "Belysning" }],
  },
  progress: { a1: { status: "ONGOING", achieved: 1, target: 4, unit: "vandringar", percent: 25, lastPeriod: new Date("2026-03-01T00:00:00Z"), lastPeriodType: "TERTIAL", lastDone: null, totals: [] } },
};

describe("the citizen promise PDF", () => {
  it("is a tagged Swedish PDF/UA document with its title shown, also with & in the title", async () => {
    const pdf = await readPdf(await renderPromisePdf(promise, "sv"));
    expectTaggedSwedish(pdf, "Trygghet & trivsel på Västerleden");
    // pdfkit copies the title into the XMP metadata unescaped; the portal escapes it.
    expect(pdf.raw).toContain('<rdf:li xml:lang="x-default">Trygghet &amp; trivsel p');
  });

  it("has the title as H1, sections as H2, activities as H3, and lists as lists", async () => {
    const pdf = await readPdf(await renderPromisePdf(promise, "sv"));
    expect(pdf.all("H1").map((h) => squash(h.text))).toEqual(["Trygghet & trivsel på Västerleden"]);
    const t = messages("sv").promise;
    expect(pdf.all("H2").map((h) => squash(h.text))).toEqual([t.background, t.citizenPerspective, t.criteria, t.activityPlan, t.goalsServed, t.dialogues, t.basisDocuments, t.signatories]);
    expect(pdf.all("H3").map((h) => squash(h.text))).toEqual(["1. Trygghetsvandringar"]);
    const items = pdf.all("LBody").map((b) => squash(b.text));
    expect(items).toEqual(expect.arrayContaining(["Ökad trygghet i offentlig miljö", "Lägesbild 2025 (Polisen, 2025)"]));
    // The background keeps its paragraphs, with no carriage return drawn as a glyph.
    expect(pdf.all("P").map((p) => squash(p.text))).toEqual(
      expect.arrayContaining(["Boende upplever otrygghet kvällstid. Särskilt vid busshållplatsen.", "Önskemål om mer belysning."]),
    );
    expect(pdf.text).toContain("Kommunen; Polisen");
  });
});
