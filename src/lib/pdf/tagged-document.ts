import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import PDFDocument from "pdfkit";

/**
 * The basics of an accessible PDF, shared by every PDF the portal produces: a tagged
 * PDF/UA-1 document with its language and title, in embedded fonts, where every piece of
 * text sits in a structure element (H1–H6, P, L > LI > Lbl + LBody, Span for bold and
 * italic runs) in reading order. Screen readers then announce headings and lists, and
 * text copied or extracted from the file comes out as written.
 *
 * PDF/UA needs every font embedded; pdfkit cannot embed its standard 14 fonts (Helvetica
 * is metrics only), so the text is set in DejaVu Sans from the `dejavu-fonts-ttf`
 * package, which covers å, ä, ö and every other Latin letter a name may have.
 */

/** A piece of a paragraph: plain text, or a run that is bold and/or italic. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Inline = string | Run | readonly Run[];
/** A list item: its text, or a function that writes blocks (paragraphs, lists) into it. */
export type ListItem = Inline | (() => void);

export interface TaggedPdfOptions {
  title: string;
  author?: string;
  subject?: string;
  /** BCP 47; the portal writes Swedish. */
  lang?: string;
}

interface TextStyle {
  size?: number;
  color?: string;
  /** Space after the paragraph, in points. */
  gap?: number;
  /** Set in bold throughout, as headings are: no run is then marked as a bold Span. */
  bold?: boolean;
}

const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fontData: Record<FontName, Buffer> | undefined;
/** Read once per process; about 2.7 MB. Resolved from the working directory like the rest of the portal's files. */
function fonts(): Record<FontName, Buffer> {
  if (!fontData) {
    const dir = resolve(/* turbopackIgnore: true */ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
    fontData = Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(resolve(dir, file))])) as Record<FontName, Buffer>;
  }
  return fontData;
}

const COLOR = { heading: "#10304b", body: "#1b1f24", muted: "#4a5561" };
const BODY_SIZE = 10.5;
const HEADING_SIZE = [20, 15, 12.5, 11.5, 11, 10.5] as const;
const LIST_INDENT = 18;

/**
 * Text as typed into a form: Windows line ends ("\r\n", the textarea's own) and stray
 * control characters would otherwise be drawn as glyphs (pdfkit's standard fonts showed
 * "\r" as "Ð" at every line end).
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}

function toRuns(inline: Inline): Run[] {
  const runs = typeof inline === "string" ? [{ text: inline }] : "text" in inline ? [inline as Run] : [...(inline as readonly Run[])];
  return runs.map((r) => ({ ...r, text: cleanText(r.text) })).filter((r) => r.text.length > 0);
}

interface Container {
  element: PDFKit.PDFStructureElement;
  /** Left indent of its text, in points from the margin. */
  indent: number;
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A tagged PDF being written. Blocks go into the innermost open container (the document, or a list item's body). */
export class TaggedPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;
  private readonly root: Container;
  private readonly containers: Container[] = [];
  private lastHeading = 0;

  constructor({ title, author, subject, lang = "sv-SE" }: TaggedPdfOptions) {
    const doc = new PDFDocument({
      size: "A4",
      margin: 56,
      pdfVersion: "1.7",
      // Not in @types/pdfkit's list yet, which knows only the PDF/A subsets.
      subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
      tagged: true,
      lang,
      displayTitle: true,
      info: { Title: title, ...(author ? { Author: author } : {}), ...(subject ? { Subject: subject } : {}) },
      // No default font: pdfkit would load Helvetica, which cannot be embedded.
      font: "",
    });
    this.doc = doc;
    const f = fonts();
    for (const name of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(name, f[name]);
    doc.font("regular");
    escapeXmpInfo(doc);

    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise<Buffer>((resolveDone, reject) => {
      doc.on("end", () => resolveDone(Buffer.concat(chunks)));
      doc.on("error", reject);
    });

    const root = doc.struct("Document");
    doc.addStructure(root);
    this.root = { element: root, indent: 0 };
  }

  private get container(): Container {
    return this.containers.at(-1) ?? this.root;
  }

  private get left() {
    return this.doc.page.margins.left + this.container.indent;
  }

  private get width() {
    return this.doc.page.width - this.doc.page.margins.right - this.left;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  private keepSpace(height: number) {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
  }

  /**
   * Writes runs into `element` as its marked content: plain runs directly, bold and italic
   * ones as Span children. A trailing space ends the text, as PDF/UA asks, so that words
   * do not run together when the text is extracted.
   */
  private writeRuns(element: PDFKit.PDFStructureElement, runs: Run[], style: Required<TextStyle>) {
    const { doc } = this;
    const last = runs.length - 1;
    runs.forEach((run, i) => {
      // A space before each line break too: pdfkit drops the break itself from the content.
      const text = (i === last ? `${run.text} ` : run.text).replace(/ *\n/g, " \n");
      const bold = style.bold || run.bold;
      const font: FontName = bold && run.italic ? "boldItalic" : bold ? "bold" : run.italic ? "italic" : "regular";
      const draw = () => {
        doc.font(font).fontSize(style.size).fillColor(style.color);
        const options = { continued: i < last, lineGap: 1.5 };
        if (i === 0) doc.text(text, this.left, doc.y, { ...options, width: this.width });
        else doc.text(text, options);
      };
      element.add((run.bold && !style.bold) || run.italic ? doc.struct("Span", {}, draw) : draw);
    });
    // After the paragraph, not after each line break inside it as pdfkit's paragraphGap would.
    doc.y += style.gap;
  }

  /**
   * A heading. Levels never skip: a level deeper than one below the last heading is
   * raised to it, so the outline stays in order whatever the caller asks for.
   */
  heading(level: number, text: string) {
    const runs = toRuns(text);
    if (runs.length === 0) return this;
    const actual = Math.max(1, Math.min(level, this.lastHeading + 1, 6));
    this.lastHeading = actual;
    const size = HEADING_SIZE[actual - 1] ?? BODY_SIZE;
    this.doc.moveDown(actual === 1 ? 0.2 : 0.6);
    this.keepSpace(size * 1.4 + BODY_SIZE * 3);
    const element = this.doc.struct(`H${actual}`);
    this.container.element.add(element);
    this.writeRuns(element, runs, { size, color: COLOR.heading, gap: size * 0.35, bold: true });
    element.end();
    return this;
  }

  /** A paragraph; an empty one is left out. */
  paragraph(inline: Inline, style: TextStyle = {}) {
    const runs = toRuns(inline);
    if (runs.length === 0) return this;
    const element = this.doc.struct("P");
    this.container.element.add(element);
    this.writeRuns(element, runs, { size: style.size ?? BODY_SIZE, color: style.color ?? COLOR.body, gap: style.gap ?? 4, bold: style.bold ?? false });
    element.end();
    return this;
  }

  /** Muted small text, such as the line above a title. */
  note(text: string) {
    return this.paragraph(text, { size: 10, color: COLOR.muted, gap: 2 });
  }

  /** "Label: value" as one paragraph, the label in bold. */
  labelled(label: string, value: Inline) {
    const runs = toRuns(value);
    if (runs.length === 0) return this;
    return this.paragraph([{ text: `${label}: `, bold: true }, ...runs], { gap: 2 });
  }

  /** Text typed into a plain textarea: paragraphs at blank lines, line breaks kept. */
  text(text: string) {
    for (const paragraph of cleanText(text).split(/\n\s*\n/)) this.paragraph(paragraph.trim());
    return this;
  }

  /** A bulleted or numbered list: L > LI > (Lbl, LBody). An empty list is left out. */
  list(items: readonly ListItem[], { ordered = false, start = 1 }: { ordered?: boolean; start?: number } = {}) {
    const { doc } = this;
    const entries = items.filter((item) => typeof item === "function" || toRuns(item).length > 0);
    if (entries.length === 0) return this;
    const list = doc.struct("L");
    this.container.element.add(list);
    const indent = ordered ? Math.max(LIST_INDENT, doc.font("regular").fontSize(BODY_SIZE).widthOfString(`${start + entries.length - 1}. `) + 4) : LIST_INDENT;
    entries.forEach((item, i) => {
      const li = doc.struct("LI");
      list.add(li);
      this.keepSpace(BODY_SIZE * 2);
      const x = this.left;
      const y = doc.y;
      const page = doc.page;
      const label = ordered ? `${start + i}.` : "•";
      li.add(
        doc.struct("Lbl", {}, () => {
          doc.font("regular").fontSize(BODY_SIZE).fillColor(COLOR.body).text(`${label} `, x, y, { width: indent, lineBreak: false });
        }),
      );
      doc.y = y;
      const body = doc.struct("LBody");
      li.add(body);
      this.containers.push({ element: body, indent: this.container.indent + indent });
      if (typeof item === "function") item();
      else this.writeRuns(body, toRuns(item), { size: BODY_SIZE, color: COLOR.body, gap: 2, bold: false });
      this.containers.pop();
      // An item that wrote nothing still takes its label's line.
      if (doc.page === page && doc.y < y + doc.currentLineHeight(true)) doc.y = y + doc.currentLineHeight(true);
      body.end();
      li.end();
    });
    list.end();
    doc.moveDown(0.3);
    return this;
  }

  /** Blocks set off from the text around them, such as a quotation in the minutes. */
  quote(write: () => void) {
    const element = this.doc.struct("BlockQuote");
    this.container.element.add(element);
    this.containers.push({ element, indent: this.container.indent + LIST_INDENT });
    write();
    this.containers.pop();
    element.end();
    return this;
  }

  space(lines = 0.5) {
    this.doc.moveDown(lines);
    return this;
  }

  /** Finishes the document; resolves to its bytes. */
  end(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}

/**
 * pdfkit 0.20.2 copies Title, Author and Subject into the XMP metadata without escaping,
 * so a title with "&" (“Trygghet & trivsel”) made the metadata malformed XML, which a
 * PDF/UA checker rejects. Escape them for that one step; the Info dictionary, written
 * before it, keeps the text as it is.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument) {
  const internal = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const addInfo = internal._addInfo;
  if (typeof addInfo !== "function") return;
  internal._addInfo = function (this: typeof internal) {
    const saved = { ...this.info };
    for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"]) {
      if (typeof this.info[key] === "string") this.info[key] = xmlEscape(this.info[key] as string);
    }
    try {
      addInfo.call(this);
    } finally {
      Object.assign(this.info, saved);
    }
  };
}
