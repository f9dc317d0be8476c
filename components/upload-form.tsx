"use client";
// Uploads one document through POST /api/files and shows the server's message (size and type are checked there).
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { ActionForm } from "@/components/ui/form";
import type { FieldSpec } from "@/components/ui/field";

type Uploaded = { filename?: string };

const FIELDS: FieldSpec[] = [
  { name: "title", label: "Document title", required: true },
  {
    name: "file",
    label: "File",
    type: "file",
    required: true,
    hint: "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), text or CSV; at most 10 MB.",
  },
];

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
  async function upload(_prev: ActionState<Uploaded>, formData: FormData): Promise<ActionState<Uploaded>> {
    const values = { title: String(formData.get("title") ?? "") };
    try {
      // where it goes rides in the URL, so the server authorizes before it reads the file
      const where = new URLSearchParams({ target, targetId });
      const response = await fetch(`/api/files?${where}`, { method: "POST", body: formData });
      const body = (await response.json().catch(() => ({}))) as Uploaded & {
        error?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (!response.ok) {
        const error = body.error ?? "The upload failed. Please try again.";
        return { ok: false, status: response.status, error, fieldErrors: body.fieldErrors, values };
      }
      router.refresh();
      return { ok: true, data: body, message: `Uploaded ${body.filename}.` };
    } catch {
      const error = "The upload did not reach the server. Check your connection and try again.";
      return { ok: false, status: 0, error, values };
    }
  }
  return (
    <ActionForm
      action={upload}
      aria-label={label}
      fields={FIELDS}
      submitLabel={label}
      pendingLabel="Uploading…"
      variant="secondary"
    />
  );
}
