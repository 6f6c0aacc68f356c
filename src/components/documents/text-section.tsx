/** A headed section of running text, left out when there is no text. */
export function TextSection({ title, text }: { title: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <section>
      <h2 className="text-2xl font-semibold">{title}</h2>
      <p className="mt-2 max-w-3xl whitespace-pre-line">{text}</p>
    </section>
  );
}
