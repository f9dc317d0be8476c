// POST /api/files?target=…&targetId=…: uploads a document (multipart: title, file) for an RFP, a proposal or a
// contract. Where it goes is in the URL so the person is authorized before a byte of the body is read; the body
// is then counted as it arrives and refused (413) past the limit, with or without a Content-Length.
// proxy.ts leaves this path alone: where the proxy runs, Next.js reads the whole body (to clone it) before the route.
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { cleanInput, textField } from "@/lib/input/text";
import { jsonRoute, readFormBody } from "@/lib/route-handler";
import { attachDocument } from "@/lib/services/contracts/attach-document";
import { authorizeAttachment } from "@/lib/services/contracts/authorize-attachment";
import { MAX_UPLOAD_BYTES, tooLarge } from "@/lib/storage/save-upload";

const UploadTarget = z.object({
  target: z.enum(
    ["program", "proposal", "contract"],
    "Say where the document goes (target=program, proposal or contract).",
  ),
  targetId: z.string().min(1).max(64),
});
const Title = textField({ max: 200, required: "Give the document a title.", label: "Title" });
/** Multipart framing (boundaries, part headers, the title) adds a little to the file's own size. */
const FRAMING_BYTES = 64 * 1024;

const fieldErrorsOf = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;

export const POST = jsonRoute(async (request: Request) => {
  const actor = await requireActor();
  // a cross-site form cannot post here with the person's cookies
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) throw new ForbiddenError();
  const query = new URL(request.url).searchParams;
  const where = UploadTarget.safeParse({
    target: cleanInput(query.get("target") ?? ""),
    targetId: cleanInput(query.get("targetId") ?? ""),
  });
  if (!where.success) throw new ValidationError("Please correct the highlighted fields.", fieldErrorsOf(where.error));
  await authorizeAttachment({ actor, input: where.data });
  const form = await readFormBody(request, MAX_UPLOAD_BYTES + FRAMING_BYTES, tooLarge);
  if (!form) throw new ValidationError("Send the document as a form upload.");
  const title = Title.safeParse(String(form.get("title") ?? ""));
  if (!title.success)
    throw new ValidationError("Please correct the highlighted fields.", {
      title: title.error.issues.map((i) => i.message),
    });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new ValidationError("Choose a file to upload.", { file: ["Choose a file to upload."] });
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const result = await attachDocument({
    actor,
    input: {
      ...where.data,
      title: title.data,
      clientFilename: cleanInput(file.name),
      bytes: new Uint8Array(await file.arrayBuffer()),
    },
  });
  return Response.json(result, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});
