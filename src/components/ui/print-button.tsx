"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50">
      {label}
    </button>
  );
}
