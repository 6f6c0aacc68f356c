import ReactMarkdown from "react-markdown";

/**
 * Minutes and other long texts written with simple formatting (lists, bold, headings).
 * react-markdown renders no raw HTML, so nothing typed can inject markup. Headings are
 * shifted below the page's own so the outline stays intact.
 */
export function FormattedText({ text }: { text: string }) {
  return (
    <div className="max-w-3xl space-y-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_h3]:font-semibold [&_h4]:font-semibold">
      <ReactMarkdown
        components={{
          h1: ({ children }) => <h3>{children}</h3>,
          h2: ({ children }) => <h4>{children}</h4>,
          h3: ({ children }) => <h4>{children}</h4>,
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
