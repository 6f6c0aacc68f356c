"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useId, useRef, useState, useTransition } from "react";
import type { ActionResult, ConflictChange } from "@/lib/actions/result";
import { withoutNotice } from "@/lib/actions/notice-address";
import { SUBMISSION_FIELD } from "@/lib/actions/submission-field";
import { changedFieldNames, historyLabels, historyWords, recordedPeriodOrDate } from "@/components/history/history-labels";
import { focusStatusOn } from "@/components/ui/focus-on-mount";
import { format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/format/dates";
import { inReadersLocale } from "@/lib/i18n/locale-path";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { fieldId } from "./field-id";

interface FormState {
  errors: Record<string, string>;
  pending: boolean;
  /** Prefix of the fields' element ids, unique on the page. */
  formId: string;
}

const FormContext = createContext<FormState>({ errors: {}, pending: false, formId: "form" });
export const useFormState = () => useContext(FormContext);

/** Gives the fields inside their errors, the pending state and their id prefix; ActionForm and the sign-in form use it. */
export function FormStateProvider({ errors, pending, formId, children }: FormState & { children: React.ReactNode }) {
  return <FormContext.Provider value={{ errors, pending, formId }}>{children}</FormContext.Provider>;
}


interface ActionFormProps {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  children: React.ReactNode;
  /** Field labels by name, so the error summary and conflict list read as the form does. */
  labels?: Record<string, string>;
  className?: string;
  id?: string;
  /** Called with what a successful action returned (a one-time link to show, say); client components only. */
  onSuccess?: (data: unknown) => void;
}

/**
 * Every form that changes data goes through here. It submits to a server action without
 * resetting the fields, so nothing typed is lost when the server refuses; shows an error
 * summary that takes focus and links to each field; and on a conflict lists what
 * someone else changed.
 */
export function ActionForm({ action, children, labels = {}, className, id, onSuccess }: ActionFormProps) {
  const locale = usePageLocale();
  const m = messages(locale);
  const router = useRouter();
  const reactId = useId();
  const formId = id ?? `form-${reactId.replace(/[^a-zA-Z0-9]/g, "")}`;
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  // One key per filling-in of the form: the server saves a key once, so a second submit
  // of the same filling-in (Enter twice, a double click, a retry) creates nothing more.
  const submissionKey = useRef<string | null>(null);
  const submitting = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (result && !result.ok) summaryRef.current?.focus();
    if (result?.ok && result.message) statusRef.current?.focus();
  }, [result]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    const form = event.currentTarget;
    const formData = new FormData(form);
    submissionKey.current ??= newKey();
    formData.set(SUBMISSION_FIELD, submissionKey.current);
    startTransition(async () => {
      try {
        const outcome = await action(formData);
        setResult(outcome);
        // This submission's outcome replaces an earlier action's notice in the address, refused or not (left above a refused form it
        // would read as if this one were saved); scroll: false keeps the reader where they were, as a refresh does.
        const here = withoutNotice(window.location.pathname + window.location.search + window.location.hash);
        if (outcome.ok) {
          onSuccess?.(outcome.data);
          form.reset();
          submissionKey.current = null;
          if (outcome.redirectTo) {
            const target = inReadersLocale(locale, outcome.redirectTo);
            focusStatusOn(target);
            router.push(target);
          } else if (here) router.replace(here, { scroll: false });
          else router.refresh();
        } else if (here) router.replace(here, { scroll: false });
      } finally {
        submitting.current = false;
      }
    });
  }

  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <FormStateProvider errors={errors} pending={pending} formId={formId}>
      <form id={formId} method="post" onSubmit={onSubmit} noValidate className={className} aria-busy={pending}>
        {result && !result.ok && (
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            aria-labelledby={`${formId}-error-title`}
            className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-950"
          >
            <h2 id={`${formId}-error-title`} className="text-lg font-semibold">
              {result.conflict ? (result.conflict.during === "approval" ? m.forms.approvalConflictTitle : m.forms.conflictTitle) : m.forms.errorSummary}
            </h2>
            {result.formError && <p className="mt-1">{result.formError}</p>}
            {Object.keys(errors).length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {Object.entries(errors).map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name, formId)}`} className="text-red-900">
                      {labels[name] ? `${labels[name]}: ` : ""}
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {result.conflict && <ConflictDetails conflict={result.conflict} labels={labels} />}
          </div>
        )}
        {result?.ok && result.message && (
          <p ref={statusRef} role="status" tabIndex={-1} className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            {result.message}
          </p>
        )}
        {children}
      </form>
    </FormStateProvider>
  );
}

/**
 * Said once at the top of a page with forms, before anything is typed: a form saves through a
 * server action called from script, and without script its post only reloads the page, losing
 * what was typed. Once a page, not in every form: a list of values with a remove button each
 * would say it again on every row.
 */
export function NeedsJavaScript() {
  const m = messages(usePageLocale());
  return (
    <noscript>
      <p className="mb-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">{m.forms.needsJavaScript}</p>
    </noscript>
  );
}

/** 128 random bits as hex; getRandomValues, unlike randomUUID, works on plain-http intranets too. */
function newKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

function show(value: unknown, empty: string) {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value)) return value.length ? value.join("; ") : empty;
  return String(value);
}

/**
 * What changed since the user opened the page, under the refusal's message. An approval's
 * conflict names the changed fields as the history pages do and asks for the new version to be
 * read before approving; an edit's lists each change with its old and new value. When the
 * change lies outside the record's own fields (a linked dialogue, a row of its plan) there is
 * nothing to list, and no list is shown.
 */
export function ConflictDetails({ conflict, labels }: { conflict: NonNullable<Extract<ActionResult<unknown>, { ok: false }>["conflict"]>; labels: Record<string, string> }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const { changes } = conflict;
  if (conflict.during === "approval") {
    const fields = changedFieldNames(m, conflict.entityType, changes.map((c) => c.field));
    return (
      <>
        {fields.length > 0 && <p className="mt-2">{format(locale, m.forms.approvalConflictFields, { fields: fields.join(", ") })}</p>}
        <p className="mt-2">{m.forms.approvalConflictReload}</p>
      </>
    );
  }
  // Fields the form does not show (a meeting's guests, say) are named as the history names them, and fixed values in its words.
  const named = historyLabels(m)[conflict.entityType] ?? {};
  const words = historyWords(m)[conflict.entityType] ?? {};
  const inWords = (field: string, value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((v) => inWords(field, v));
    // A follow-up's period and dates as the history shows them.
    const read = recordedPeriodOrDate(field, value, locale);
    if (read !== null) return read;
    if (typeof value !== "string") return value;
    return words[field]?.[value] ?? value;
  };
  return (
    <>
      {changes.length > 0 ? (
        <>
          <p className="mt-2">{m.forms.conflictIntro}</p>
          <ul className="mt-2 space-y-2">
            {changes.map((c, i) => (
              <li key={i} className="rounded bg-white p-2">
                <span className="font-semibold">{labels[c.field] ?? named[c.field] ?? c.field}</span>: {show(inWords(c.field, c.from), m.forms.emptyValue)} →{" "}
                <strong>{show(inWords(c.field, c.to), m.forms.emptyValue)}</strong>
                <span className="block text-sm">
                  {format(locale, m.forms.conflictBy, { by: c.by ?? m.history.system, at: formatDateTime(c.at, locale) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2">{m.forms.conflictNotSaved}</p>
      )}
      <p className="mt-2">{m.forms.conflictReload}</p>
    </>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
  pendingLabel,
  accessibleName,
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  pendingLabel?: string;
  /**
   * The name a screen reader hears, where the visible words alone would not say which of several
   * buttons this is; it starts with them (WCAG 2.5.3). An aria-label, not a visually hidden
   * span: Chromium names a button with such a span "Lyft till X : title", a space before the colon.
   */
  accessibleName?: string;
}) {
  const locale = usePageLocale();
  const { pending } = useFormState();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    // aria-disabled, not disabled: a disabled button loses focus, and keyboard users with it
    // their place in the page; the form itself ignores a second submit while one is under way.
    <button type="submit" aria-disabled={pending || undefined} aria-label={pending ? undefined : accessibleName} className={`inline-flex items-center rounded-md px-4 py-2 font-medium aria-disabled:opacity-60 ${styles}`}>
      {pending ? (pendingLabel ?? messages(locale).forms.saving) : children}
    </button>
  );
}
