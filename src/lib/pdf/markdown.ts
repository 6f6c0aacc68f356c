import { fromMarkdown } from "mdast-util-from-markdown";
import { cleanText, type ListItem, type Run, type TaggedPdf } from "./tagged-document";

/**
 * Writes simple markdown (what the minutes are typed in) into a tagged PDF: headings,
 * paragraphs with bold and italic, bulleted and numbered lists, nested lists and quotes.
 * It is parsed by the same CommonMark parser react-markdown uses for the web page, so
 * the PDF shows what the page shows. Raw HTML and code are kept as plain text.
 */

type Root = ReturnType<typeof fromMarkdown>;
type Block = Root["children"][number];
type Phrasing = Extract<Block, { type: "paragraph" }>["children"][number];

/**
 * Headings of the text are placed below `headingLevel - 1`: the shallowest depth used
 * becomes `headingLevel`, each deeper one the next level, so "## A" then "#### B" in
 * the minutes become H3 and H4 under the document's H2.
 */
export function writeMarkdown(pdf: TaggedPdf, source: string, { headingLevel }: { headingLevel: number }) {
  const tree = fromMarkdown(cleanText(source));
  const depths = [...new Set(headingDepths(tree.children))].sort((a, b) => a - b);
  const levelOf = (depth: number) => headingLevel + depths.indexOf(depth);

  const blocks = (nodes: readonly Block[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case "heading":
          pdf.heading(levelOf(node.depth), runsOf(node.children).map((r) => r.text).join(""));
          break;
        case "paragraph":
          pdf.paragraph(runsOf(node.children));
          break;
        case "list":
          pdf.list(
            node.children.map((item): ListItem => {
              const only = item.children.length === 1 ? item.children[0] : undefined;
              return only?.type === "paragraph" ? runsOf(only.children) : () => blocks(item.children);
            }),
            { ordered: node.ordered === true, start: node.start ?? 1 },
          );
          break;
        case "blockquote":
          pdf.quote(() => blocks(node.children));
          break;
        case "code":
        case "html":
          pdf.text(node.value);
          break;
        case "thematicBreak":
          pdf.space(0.5);
          break;
        default:
          // Definitions and the like carry no text of their own.
          break;
      }
    }
  };
  blocks(tree.children);
  return pdf;
}

function headingDepths(nodes: readonly Block[]): number[] {
  return nodes.flatMap((node): number[] => {
    if (node.type === "heading") return [node.depth];
    if (node.type === "blockquote") return headingDepths(node.children);
    if (node.type === "list") return node.children.flatMap((item) => headingDepths(item.children));
    return [];
  });
}

function runsOf(nodes: readonly Phrasing[], style: { bold?: boolean; italic?: boolean } = {}): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case "text":
      case "inlineCode":
      case "html":
        return [{ ...style, text: node.value }];
      case "strong":
        return runsOf(node.children, { ...style, bold: true });
      case "emphasis":
        return runsOf(node.children, { ...style, italic: true });
      case "break":
        return [{ ...style, text: "\n" }];
      case "link": {
        const runs = runsOf(node.children, style);
        const label = runs.map((r) => r.text).join("");
        // On paper a link is its address: show it unless the text already is it.
        return label === node.url ? runs : [...runs, { ...style, text: ` (${node.url})` }];
      }
      case "linkReference":
        return runsOf(node.children, style);
      case "image":
      case "imageReference":
        return node.alt ? [{ ...style, text: node.alt }] : [];
      default:
        return [];
    }
  });
}
