import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 px-4 py-2 rounded-md font-medium",
  secondary: "bg-white text-slate-900 border border-slate-400 hover:bg-slate-100 px-4 py-2 rounded-md font-medium",
  danger: "bg-red-700 text-white hover:bg-red-800 px-4 py-2 rounded-md font-medium",
  link: "text-brand-700 underline underline-offset-2 hover:text-brand-900",
};

/** A button's look, for a link that leads to a form (the link itself stays a link). */
export function buttonStyle(variant: Variant = "primary"): string {
  return `${styles[variant]} inline-block no-underline`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button className={`${styles[variant]} disabled:opacity-60 disabled:cursor-not-allowed ${className}`} {...props} />
  );
}
