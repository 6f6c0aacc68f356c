const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  quiet: "text-white underline hover:text-brand-100",
} as const;

interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof variants;
}

export function Button({ variant = "primary", className = "", ...props }: ButtonProps) {
  return (
    <button
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 font-medium ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
