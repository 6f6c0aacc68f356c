"use client";

import { messages } from "@/lib/i18n";
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
  const { errors } = useFormState();
  const id = fieldId(name);
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy };
}

function Frame({ id, label, hint, optional, error, className, children }: BaseProps & { id: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
        {optional && <span className="font-normal text-muted"> {messages().forms.optional}</span>}
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

export function TextField({ type = "text", defaultValue, ...props }: BaseProps & { type?: "text" | "date" | "number" | "url" | "email"; defaultValue?: string | number | null }) {
  const { id, error, describedBy } = useField(props.name, props.hint);
  return (
    <Frame {...props} id={id} error={error}>
      <input
        id={id}
        name={props.name}
        type={type}
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

export function SelectField({
  options,
  defaultValue,
  ...props
}: BaseProps & { options: { value: string; label: string }[]; defaultValue?: string | null }) {
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
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
