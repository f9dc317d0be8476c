import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, detectFileType } from "@/lib/storage/detect-type";
import { checkUpload } from "@/lib/storage/save-upload";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("file types by content", () => {
  it("accepts a PDF whose header follows a byte-order mark or blank lines, within the first 1,024 bytes", () => {
    for (const prefix of [[0xef, 0xbb, 0xbf], [0x0d, 0x0a], [0x0a, 0x0a, 0x20], []])
      expect(detectFileType(bytes(prefix, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))?.label).toBe("PDF");
    expect(detectFileType(bytes(" ".repeat(1019), "%PDF-1.4"))?.label).toBe("PDF");
    expect(detectFileType(bytes([0], " ".repeat(1020), "%PDF-1.4"))).toBeNull();
  });

  it("reads CSV as Excel writes it: Windows-1252, UTF-8 with a byte-order mark, UTF-16", () => {
    const windows1252 = bytes("Item,Description,Price\r\nNET-AP6,Access point \x96 Wi-Fi 6 caf\xe9,129.00\r\n");
    expect(decodeText(windows1252)).toEqual({
      text: "Item,Description,Price\r\nNET-AP6,Access point – Wi-Fi 6 café,129.00\r\n",
      encoding: "windows-1252",
    });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], [...Buffer.from("Niños")]))).toEqual({
      text: "Niños",
      encoding: "utf-8",
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from("Pública", "utf16le")]))?.text).toBe("Pública");
  });

  it("stores text as UTF-8 without a byte-order mark, whatever it arrived in", () => {
    const upload = checkUpload(bytes("Biblioteca P\xfablica Ni\xf1os\r\n"), "schedule.csv");
    expect(new TextDecoder().decode(upload.bytes)).toBe("Biblioteca Pública Niños\r\n");
    expect(upload.filename).toBe("schedule.csv");
    expect(upload.contentType).toBe("text/plain; charset=utf-8");
  });

  it("refuses binary that is not text with a message naming what is accepted", () => {
    expect(() => checkUpload(bytes([0x00, 0x01, 0x02, 0x03]), "x.bin")).toThrow(/Upload a PDF, PNG/);
    expect(() => checkUpload(new Uint8Array([0xef, 0xbb, 0xbf]), "empty.csv")).toThrow(/empty/);
  });

  it("decodes any UTF-8 text it is given back to the same text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }), (s) => {
        const clean = s.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, "");
        if (!clean) return;
        expect(decodeText(new TextEncoder().encode(clean))).toEqual({ text: clean, encoding: "utf-8" });
      }),
    );
  });
});
