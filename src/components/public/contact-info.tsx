import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import type { MunicipalityInfo } from "@/lib/public/municipality-info";

/** The police's ordinary channels: the portal takes no reports of crime. */
export function PoliceChannels() {
  const locale = usePageLocale();
  const c = messages(locale).contactPage;
  return (
    <section aria-labelledby="contact-police" className="mt-8 max-w-3xl rounded-lg border border-brand-100 bg-brand-50/40 p-4">
      <h2 id="contact-police" className="text-2xl font-semibold">{c.policeTitle}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{c.police.emergency}</li>
        <li>{c.police.report}</li>
        <li>{c.police.noReports}</li>
      </ul>
      <p className="mt-2">
        <a href="https://polisen.se">{c.policeLink}</a>
      </p>
    </section>
  );
}

/** A municipality's contact page: the responsible roles (never names), its contact address and the police's channels. */
export function ContactInfo({ info }: { info: MunicipalityInfo }) {
  const locale = usePageLocale();
  const c = messages(locale).contactPage;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, c.titleFor, { name: info.name })}</h1>
      <p className="mt-3 max-w-3xl text-lg">{c.intro}</p>
      <section aria-labelledby="contact-roles" className="mt-8">
        <h2 id="contact-roles" className="text-2xl font-semibold">{c.rolesTitle}</h2>
        {info.contactRoles.length === 0 ? (
          <p className="mt-2">{c.noRoles}</p>
        ) : (
          <>
            <p className="mt-2">{c.rolesIntro}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {info.contactRoles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          </>
        )}
        {info.policeAreas.length > 0 && <p className="mt-2">{format(locale, c.policeArea, { list: info.policeAreas.join(", ") })}</p>}
      </section>
      <section aria-labelledby="contact-address" className="mt-8">
        <h2 id="contact-address" className="text-2xl font-semibold">{c.addressTitle}</h2>
        <MunicipalityContact info={info} />
      </section>
      <PoliceChannels />
    </>
  );
}

/** The municipality's e-mail and telephone for questions about the portal, or a note that none is given yet. */
export function MunicipalityContact({ info }: { info: Pick<MunicipalityInfo, "contactEmail" | "contactPhone"> }) {
  const locale = usePageLocale();
  const a = messages(locale).accessibility;
  return info.contactEmail || info.contactPhone ? (
    <ul className="mt-2 space-y-1">
      {info.contactEmail && (
        <li>
          {format(locale, a.email, { email: "" })}
          <a href={`mailto:${info.contactEmail}`}>{info.contactEmail}</a>
        </li>
      )}
      {info.contactPhone && <li>{format(locale, a.phone, { phone: info.contactPhone })}</li>}
    </ul>
  ) : (
    <p className="mt-2">{a.noContact}</p>
  );
}
