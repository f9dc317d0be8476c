// File types are decided from the bytes, never from the client's filename or MIME type. What scanners, mail
// gateways and Excel produce is accepted as the formats allow: a PDF whose header is not at byte 0, text in
// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or Windows-1252 (Excel's
// "CSV (Comma delimited)"). Text is stored as UTF-8 whatever it arrived in.
export type DetectedType = { contentType: string; extension: string; label: string };
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export const ALLOWED_TYPES_LABEL = "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), plain text or CSV";

const TEXT_TYPE: DetectedType = { contentType: "text/plain; charset=utf-8", extension: "txt", label: "text" };
const startsWith = (buf: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => buf[at + i] === b);
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** PDF readers look for the header within the first 1,024 bytes (Adobe's implementation notes to ISO 32000). */
const PDF_HEADER_WINDOW = 1024;

/** The type of a file from its content, or null when it is not one we accept. */
export function detectFileType(buf: Uint8Array): DetectedType | null {
  if (hasPdfHeader(buf)) return { contentType: "application/pdf", extension: "pdf", label: "PDF" };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: "image/png", extension: "png", label: "PNG image" };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { contentType: "image/jpeg", extension: "jpg", label: "JPEG image" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return detectOfficeZip(buf);
  if (decodeText(buf)) return TEXT_TYPE;
  return null;
}

function hasPdfHeader(buf: Uint8Array): boolean {
  const last = Math.min(buf.length, PDF_HEADER_WINDOW) - PDF_HEADER.length;
  for (let at = 0; at <= last; at++) if (buf[at] === 0x25 && startsWith(buf, PDF_HEADER, at)) return true;
  return false;
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

/**
 * Reads text bytes the way Excel, Notepad and mail clients write them: a byte-order mark decides (UTF-8,
 * UTF-16LE, UTF-16BE); without one, valid UTF-8 is UTF-8 and anything else is Windows-1252. Returns the
 * text without its byte-order mark, or null when the bytes are not text (NUL or control characters other
 * than tab, line feed, form feed and carriage return, or bytes Windows-1252 leaves undefined).
 */
export function decodeText(buf: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  if (buf.length === 0) return null;
  const attempt = (encoding: TextEncodingName, bytes: Uint8Array) => {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
      return /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/.test(text) ? null : { text, encoding };
    } catch {
      return null;
    }
  };
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return attempt("utf-8", buf.subarray(3));
  if (startsWith(buf, [0xff, 0xfe])) return attempt("utf-16le", buf.subarray(2));
  if (startsWith(buf, [0xfe, 0xff])) return attempt("utf-16be", buf.subarray(2));
  return attempt("utf-8", buf) ?? attempt("windows-1252", buf);
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
