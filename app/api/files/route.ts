// POST /api/files: uploads a document (multipart: target, targetId, title, file) for an RFP, a proposal or a contract.
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { jsonRoute } from "@/lib/route-handler";
import { attachDocument } from "@/lib/services/contracts/attach-document";
import { MAX_UPLOAD_BYTES, tooLarge } from "@/lib/storage/save-upload";

const UploadFields = z.object({
  target: z.enum(["program", "proposal", "contract"]),
  targetId: z.string().min(1).max(64),
  title: z.string().trim().min(1, "Give the document a title.").max(200),
});

export const POST = jsonRoute(async (request: Request) => {
  const actor = await requireActor();
  // a cross-site form cannot post here with the person's cookies
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) throw new ForbiddenError();
  // refuse an oversized body before reading it (multipart framing adds a little)
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) throw tooLarge();
  const form = await request.formData().catch(() => null);
  if (!form) throw new ValidationError("Send the document as a form upload.");
  const parsed = UploadFields.safeParse({
    target: form.get("target"),
    targetId: form.get("targetId"),
    title: form.get("title"),
  });
  if (!parsed.success)
    throw new ValidationError(
      "Please correct the highlighted fields.",
      z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    );
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new ValidationError("Choose a file to upload.", { file: ["Choose a file to upload."] });
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const result = await attachDocument({
    actor,
    input: { ...parsed.data, clientFilename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
  });
  return Response.json(result, { status: 201 });
});
