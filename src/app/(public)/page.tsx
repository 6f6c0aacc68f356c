import Link from "next/link";
import { connection } from "next/server";
import { PromiseList } from "@/components/promises/promise-list";
import { messages } from "@/lib/i18n";
import { listPublicMunicipalities } from "@/lib/public/promises";

export default async function StartPage() {
  await connection();
  const m = messages();
  const municipalities = await listPublicMunicipalities();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{m.start.title}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{m.start.intro}</p>
      <h2 className="mt-10 text-2xl font-semibold">{m.start.municipalities}</h2>
      <ul className="mt-4 grid gap-6 md:grid-cols-2">
        {municipalities.map((municipality) => (
          <li key={municipality.slug} className="rounded-xl border border-brand-100 bg-brand-50/40 p-5">
            <h3 className="text-xl font-semibold">
              <Link href={`/${municipality.slug}`}>{municipality.name}</Link>
            </h3>
            <p className="mb-3 mt-1 text-sm font-medium text-muted">{m.start.promisesHeading}</p>
            <PromiseList municipality={municipality} headingLevel={3} />
          </li>
        ))}
      </ul>
    </>
  );
}
