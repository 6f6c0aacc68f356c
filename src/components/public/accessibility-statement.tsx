import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import type { MunicipalityInfo } from "@/lib/public/municipality-info";
import { MunicipalityContact } from "./contact-info";

/** Digg's report form for inaccessible public digital services. */
export const DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";

/**
 * The accessibility statement with the contents the Act (2018:1937) and Digg require: the
 * body and the service, the compliance level, the inaccessible content and why, what is
 * outside the Act, how and when the site was tested, how to report a problem or ask for
 * content in another form, the supervisory authority with its report address, and the date
 * it was last updated. What varies per municipality comes from it; the rest is portal text.
 */
export function AccessibilityStatement({ info }: { info: MunicipalityInfo }) {
  const locale = usePageLocale();
  const a = messages(locale).accessibility;
  const section = "mt-8";
  const heading = "text-2xl font-semibold";
  const issues = info.accessibilityIssues
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, a.title, { name: info.name })}</h1>
      <p className="mt-3 max-w-3xl text-lg">{format(locale, a.intro, { name: info.name })}</p>

      <section aria-labelledby="statement-compliance" className={section}>
        <h2 id="statement-compliance" className={heading}>{a.complianceTitle}</h2>
        <p className="mt-2 max-w-3xl">{a.compliance[info.accessibilityCompliance]}</p>
      </section>

      <section aria-labelledby="statement-issues" className={section}>
        <h2 id="statement-issues" className={heading}>{a.issuesTitle}</h2>
        {issues.length === 0 ? (
          <p className="mt-2">{a.noIssues}</p>
        ) : (
          <ul className="mt-2 max-w-3xl list-disc space-y-2 pl-6">
            {issues.map((issue, i) => (
              <li key={i} className="whitespace-pre-line">{issue}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="statement-scope" className={section}>
        <h2 id="statement-scope" className={heading}>{a.outOfScopeTitle}</h2>
        <p className="mt-2 max-w-3xl">{a.outOfScope}</p>
      </section>

      <section aria-labelledby="statement-testing" className={section}>
        <h2 id="statement-testing" className={heading}>{a.testingTitle}</h2>
        <p className="mt-2 max-w-3xl">{a.testing}</p>
        <p className="mt-2">{info.accessibilityTestedOn ? format(locale, a.testedOn, { date: formatDate(info.accessibilityTestedOn, locale) }) : a.notTestedYet}</p>
      </section>

      <section aria-labelledby="statement-feedback" className={section}>
        <h2 id="statement-feedback" className={heading}>{a.feedbackTitle}</h2>
        <p className="mt-2 max-w-3xl">{a.feedback}</p>
        <MunicipalityContact info={info} />
      </section>

      <section aria-labelledby="statement-supervision" className={section}>
        <h2 id="statement-supervision" className={heading}>{a.supervisionTitle}</h2>
        <p className="mt-2 max-w-3xl">{a.supervision}</p>
        <p className="mt-2">
          <a href={DIGG_REPORT_URL}>{a.supervisionLink}</a> ({DIGG_REPORT_URL.replace("https://", "")})
        </p>
      </section>

      <section aria-labelledby="statement-updated" className={section}>
        <h2 id="statement-updated" className={heading}>{a.updatedTitle}</h2>
        {info.accessibilityUpdatedOn && <p className="mt-2">{format(locale, a.updatedOn, { date: formatDate(info.accessibilityUpdatedOn, locale) })}</p>}
      </section>
    </>
  );
}
