"use client";
// Uploads one document through POST /api/files and shows the server's message (size and type are checked there).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function UploadForm({
  target,
  targetId,
  label = "Upload a document",
}: {
  target: "program" | "proposal" | "contract";
  targetId: string;
  label?: string;
}) {
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setResult(null);
    try {
      const response = await fetch("/api/files", { method: "POST", body: new FormData(form) });
      const body = (await response.json().catch(() => ({}))) as { error?: string; filename?: string };
      if (!response.ok) setResult({ ok: false, message: body.error ?? "The upload failed. Please try again." });
      else {
        setResult({ ok: true, message: `Uploaded ${body.filename}.` });
        form.reset();
        router.refresh();
      }
    } catch {
      setResult({ ok: false, message: "The upload did not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={label}>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-title`} className="font-medium">
          Document title
        </label>
        <input
          id={`${id}-title`}
          name="title"
          required
          className="rounded-md border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="font-medium">
          File
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), text or CSV; at most 10 MB.
        </p>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          required
          aria-describedby={`${id}-hint`}
          className="rounded-md border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Uploading…" : label}
        </Button>
      </div>
    </form>
  );
}
