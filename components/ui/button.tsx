import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link" | "inverse";

const styles: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 px-4 py-2 rounded-md font-medium",
  secondary: "bg-white text-slate-900 border border-slate-400 hover:bg-slate-100 px-4 py-2 rounded-md font-medium",
  danger: "bg-red-700 text-white hover:bg-red-800 px-4 py-2 rounded-md font-medium",
  link: "text-brand-700 underline underline-offset-2 hover:text-brand-900",
  // on the dark site header
  inverse: "rounded border border-white px-2 py-1 text-sm text-white hover:bg-brand-800",
};

/** A button's look, for a link that leads to a form (the link itself stays a link). */
export function buttonStyle(variant: ButtonVariant = "primary"): string {
  return `${styles[variant]} inline-block no-underline`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button className={`${styles[variant]} disabled:opacity-60 disabled:cursor-not-allowed ${className}`} {...props} />
  );
}
