// File types are decided from the bytes, never from the client's filename or MIME type.
export type DetectedType = { contentType: string; extension: string; label: string };

export const ALLOWED_TYPES_LABEL = "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), plain text or CSV";

const startsWith = (buf: Uint8Array, sig: number[]) => sig.every((b, i) => buf[i] === b);

/** The type of a file from its content, or null when it is not one we accept. */
export function detectFileType(buf: Uint8Array): DetectedType | null {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: "application/pdf", extension: "pdf", label: "PDF" };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: "image/png", extension: "png", label: "PNG image" };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { contentType: "image/jpeg", extension: "jpg", label: "JPEG image" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return detectOfficeZip(buf);
  if (isPlainText(buf)) return { contentType: "text/plain; charset=utf-8", extension: "txt", label: "text" };
  return null;
}

/** DOCX and XLSX are zip containers; their part names (stored uncompressed in the zip headers) tell them apart. */
function detectOfficeZip(buf: Uint8Array): DetectedType | null {
  const names = new TextDecoder("latin1").decode(buf.subarray(0, Math.min(buf.length, 4_000_000)));
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.includes("word/")) {
    return {
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extension: "docx",
      label: "Word document",
    };
  }
  if (names.includes("xl/")) {
    return {
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      extension: "xlsx",
      label: "Excel workbook",
    };
  }
  return null;
}

/** UTF-8 without NUL bytes or control characters other than tab, newline, carriage return and form feed. */
function isPlainText(buf: Uint8Array): boolean {
  if (buf.length === 0) return false;
  const sample = buf.subarray(0, 64 * 1024);
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  try {
    // a multi-byte character cut at the sample's end is fine
    new TextDecoder("utf-8", { fatal: true }).decode(
      sample.length < buf.length ? sample.subarray(0, sample.length - 4) : sample,
    );
    return true;
  } catch {
    return false;
  }
}

/** A filename safe to store and to put in Content-Disposition, with the extension of the detected type. */
export function safeFilename(clientName: string, type: DetectedType): string {
  const base = (clientName.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._ -]+/g, "")
    .replace(/\s+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 80);
  const ext = type.extension === "txt" && /\.csv$/i.test(clientName) ? "csv" : type.extension;
  return `${base || "document"}.${ext}`;
}
