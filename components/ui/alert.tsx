import type { ReactNode, Ref } from "react";

const tones = {
  info: "border-brand-600 bg-brand-50 text-brand-900",
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
  warning: "border-amber-600 bg-amber-50 text-amber-900",
} as const;

/** A message box: errors are announced at once (role=alert), the rest politely (role=status). */
export function Alert({
  tone = "info",
  children,
  title,
  ref,
  focusable,
}: {
  tone?: keyof typeof tones;
  children?: ReactNode;
  title?: string;
  ref?: Ref<HTMLDivElement>;
  /** Lets a script move focus here (tabIndex -1), as the form's error summary does. */
  focusable?: boolean;
}) {
  return (
    <div
      ref={ref}
      tabIndex={focusable ? -1 : undefined}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border-l-4 p-4 ${tones[tone]}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div>{children}</div>}
    </div>
  );
}
