"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult, ConflictChange } from "@/lib/actions/result";
import { format, messages } from "@/lib/i18n";
import { fieldId } from "./field-id";

interface FormState {
  errors: Record<string, string>;
  pending: boolean;
}

const FormContext = createContext<FormState>({ errors: {}, pending: false });
export const useFormState = () => useContext(FormContext);

/** Gives the fields inside their errors and the pending state; ActionForm and the sign-in form use it. */
export function FormStateProvider({ errors, pending, children }: FormState & { children: React.ReactNode }) {
  return <FormContext.Provider value={{ errors, pending }}>{children}</FormContext.Provider>;
}

interface ActionFormProps {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  children: React.ReactNode;
  /** Field labels by name, so the error summary and conflict list read as the form does. */
  labels?: Record<string, string>;
  className?: string;
  id?: string;
}

/**
 * Every form that changes data goes through here. It submits to a server action without
 * resetting the fields, so nothing typed is lost when the server refuses; shows an error
 * summary that takes focus and links to each field; and on a conflict lists what
 * someone else changed.
 */
export function ActionForm({ action, children, labels = {}, className, id }: ActionFormProps) {
  const m = messages();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (result && !result.ok) summaryRef.current?.focus();
  }, [result]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const outcome = await action(formData);
      setResult(outcome);
      if (outcome.ok) {
        if (outcome.redirectTo) router.push(outcome.redirectTo);
        else router.refresh();
      }
    });
  }

  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <FormStateProvider errors={errors} pending={pending}>
      <form id={id} onSubmit={onSubmit} noValidate className={className} aria-busy={pending}>
        {result && !result.ok && (
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            aria-labelledby={`${id ?? "form"}-error-title`}
            className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-950"
          >
            <h2 id={`${id ?? "form"}-error-title`} className="text-lg font-semibold">
              {result.conflict ? m.forms.conflictTitle : m.forms.errorSummary}
            </h2>
            {result.formError && <p className="mt-1">{result.formError}</p>}
            {Object.keys(errors).length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {Object.entries(errors).map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`} className="text-red-900">
                      {labels[name] ? `${labels[name]}: ` : ""}
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {result.conflict && <ConflictList changes={result.conflict.changes} labels={labels} />}
          </div>
        )}
        {result?.ok && result.message && (
          <p ref={statusRef} role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            {result.message}
          </p>
        )}
        {children}
      </form>
    </FormStateProvider>
  );
}

function show(value: unknown, empty: string) {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value)) return value.length ? value.join("; ") : empty;
  return String(value);
}

function ConflictList({ changes, labels }: { changes: ConflictChange[]; labels: Record<string, string> }) {
  const m = messages();
  return (
    <>
      <p className="mt-2">{m.forms.conflictIntro}</p>
      <ul className="mt-2 space-y-2">
        {changes.map((c, i) => (
          <li key={i} className="rounded bg-white p-2">
            <span className="font-semibold">{labels[c.field] ?? c.field}</span>: {show(c.from, m.forms.emptyValue)} →{" "}
            <strong>{show(c.to, m.forms.emptyValue)}</strong>
            <span className="block text-sm">
              {format(m.forms.conflictBy, { by: c.by ?? m.history.system, at: new Date(c.at).toLocaleString("sv-SE") })}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2">{m.forms.conflictReload}</p>
    </>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
  pendingLabel,
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  pendingLabel?: string;
}) {
  const { pending } = useFormState();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button type="submit" disabled={pending} className={`inline-flex items-center rounded-md px-4 py-2 font-medium disabled:opacity-60 ${styles}`}>
      {pending ? (pendingLabel ?? messages().forms.saving) : children}
    </button>
  );
}
