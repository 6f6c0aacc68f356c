"use client";

import { useState } from "react";
import { PERSONAL_DATA_CONFIRMATION } from "@/lib/actions/domain-error";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { useFormState } from "./action-form";
import { fieldId } from "./field-id";

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  className?: string;
}

function useField(name: string, hint?: string) {
  const { errors, formId } = useFormState();
  const id = fieldId(name, formId);
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy };
}

function Frame({ id, label, hint, optional, error, className, children }: BaseProps & { id: string; error?: string; children: React.ReactNode }) {
  const locale = usePageLocale();
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
        {optional && <span className="font-normal text-muted"> {messages(locale).forms.optional}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

const inputClass = (error?: string) =>
  `block w-full rounded-md border bg-white px-3 py-2 shadow-sm ${error ? "border-2 border-red-700" : "border-slate-500"}`;

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  ...props
}: BaseProps & {
  type?: "text" | "date" | "datetime-local" | "wholeNumber" | "decimal" | "url" | "email" | "password";
  defaultValue?: string | number | null;
  autoComplete?: string;
}) {
  const { id, error, describedBy } = useField(props.name, props.hint);
  return (
    <Frame {...props} id={id} error={error}>
      <input
        id={id}
        name={props.name}
        // A whole number is typed into a text field with a numeric keyboard, as GOV.UK advises:
        // a browser sends an <input type="number"> it cannot read ("1 200", "12 st") as empty,
        // so the form would save nothing without a word; as text, the server explains at the field.
        // A decimal ("92,4") likewise, with a keyboard that has the comma.
        type={type === "wholeNumber" || type === "decimal" ? "text" : type}
        inputMode={type === "wholeNumber" ? "numeric" : type === "decimal" ? "decimal" : undefined}
        autoComplete={autoComplete}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass(error)}
      />
    </Frame>
  );
}

export function TextAreaField({ defaultValue, rows = 4, ...props }: BaseProps & { defaultValue?: string | null; rows?: number }) {
  const { id, error, describedBy } = useField(props.name, props.hint);
  return (
    <Frame {...props} id={id} error={error}>
      <textarea
        id={id}
        name={props.name}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass(error)}
      />
    </Frame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}
/** Choices under a heading of their own (<optgroup>), such as the goals of one agreement. */
export interface SelectOptionGroup {
  group: string;
  options: SelectOption[];
}

const optionElement = (o: SelectOption) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function SelectField({
  options,
  defaultValue,
  ...props
}: BaseProps & { options: (SelectOption | SelectOptionGroup)[]; defaultValue?: string | null }) {
  const { id, error, describedBy } = useField(props.name, props.hint);
  return (
    <Frame {...props} id={id} error={error}>
      <select
        id={id}
        name={props.name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass(error)}
      >
        {options.map((o, i) =>
          "group" in o ? (
            <optgroup key={`group-${i}`} label={o.group}>
              {o.options.map(optionElement)}
            </optgroup>
          ) : (
            optionElement(o)
          ),
        )}
      </select>
    </Frame>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const { id, error, describedBy } = useField(name);
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The user's word that text flagged as a personal identity number is not one. Shown only once
 * the server has flagged the text (offered on every form, it was ticked out of habit), and
 * kept from then on, so a tick survives the form's next refusal for another reason.
 */
export function PersonalDataConfirmation({ label }: { label: string }) {
  const { error } = useField(PERSONAL_DATA_CONFIRMATION);
  const [asked, setAsked] = useState(false);
  if (error && !asked) setAsked(true);
  return asked || error ? <CheckboxField name={PERSONAL_DATA_CONFIRMATION} label={label} /> : null;
}

/** Several choices under one name; the legend names the group for screen readers. */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues = [],
}: {
  name: string;
  legend: string;
  options: { value: string; label: string; indent?: number }[];
  defaultValues?: string[];
}) {
  const { errors, formId } = useFormState();
  const id = fieldId(name, formId);
  const error = errors[name];
  return (
    <fieldset id={id} aria-describedby={error ? `${id}-error` : undefined} className="space-y-1">
      <legend className="font-medium">{legend}</legend>
      {options.length === 0 && <p className="text-sm text-muted">–</p>}
      {options.map((o) => (
        <div key={o.value} className="flex items-start gap-2" style={{ paddingLeft: `${(o.indent ?? 0) * 1.25}rem` }}>
          <input
            id={`${id}-${o.value}`}
            name={name}
            value={o.value}
            type="checkbox"
            defaultChecked={defaultValues.includes(o.value)}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
