import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { recentEmails } from "@/lib/demo-mailbox";
import { formatDateTime } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";
import { LinkifiedText } from "@/components/linkified-text";

export const metadata: Metadata = { title: "Demo mailbox" };

export default async function MailboxPage() {
  if (!env.demoMode) notFound();
  const emails = await recentEmails();
  return (
    <div className="flex flex-col gap-4">
      <h1>Demo mailbox</h1>
      <p>Every email the portal sent, newest first. Outside the demo these go out by SMTP.</p>
      {emails.length === 0 ? (
        <EmptyState>No email yet. Ask for a sign-in link and it appears here.</EmptyState>
      ) : (
        <ol className="flex flex-col gap-3">
          {emails.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <p className="text-sm text-slate-700">
                To {m.to} · {formatDateTime(m.createdAt)} · {m.status.toLowerCase()}
              </p>
              <h2 className="mt-1">{m.subject}</h2>
              <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-slate-900">
                <LinkifiedText text={m.text} />
              </pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
