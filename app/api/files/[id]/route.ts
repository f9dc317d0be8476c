// GET /api/files/[id]: downloads a stored document as an attachment, if the person may read it (404 otherwise).
import { getActor } from "@/lib/auth/session";
import { jsonRoute } from "@/lib/route-handler";
import { getFileForDownload } from "@/lib/services/contracts/get-file-for-download";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const file = await getFileForDownload({ actor: await getActor(), input: { fileId: id } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      // the stored name is already sanitised to [A-Za-z0-9._ -]
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
