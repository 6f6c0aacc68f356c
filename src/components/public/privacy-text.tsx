import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import type { MunicipalityInfo } from "@/lib/public/municipality-info";

/** What the portal keeps about its users, why, for how long, their rights and whom to ask; with a municipality, its contact. */
export function PrivacyText({ info }: { info?: MunicipalityInfo }) {
  const locale = usePageLocale();
  const p = messages(locale).privacyPage;
  const heading = "mt-8 text-2xl font-semibold";
  const email = info ? (info.privacyContactEmail ?? info.contactEmail) : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{info ? format(locale, p.titleFor, { name: info.name }) : p.title}</h1>
      <p className="mt-3 max-w-3xl text-lg">{p.intro}</p>
      <h2 className={heading}>{p.whatTitle}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6">
        {Object.values(p.what).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 className={heading}>{p.whyTitle}</h2>
      <p className="mt-2 max-w-3xl">{p.why}</p>
      <h2 className={heading}>{p.howLongTitle}</h2>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6">
        {Object.values(p.howLong).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 className={heading}>{p.rightsTitle}</h2>
      <p className="mt-2 max-w-3xl">{p.rights}</p>
      <h2 className={heading}>{p.contactTitle}</h2>
      <p className="mt-2 max-w-3xl">{p.contact}</p>
      {info && (
        <p className="mt-2">
          {email ? <a href={`mailto:${email}`}>{email}</a> : p.noContact}
        </p>
      )}
      <p className="mt-2 max-w-3xl">{p.contactPolice}</p>
    </>
  );
}
