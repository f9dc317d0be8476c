// Text PostgreSQL cannot store never reaches it: every form field of every server action and every string of a
// JSON body is cleaned at the trust boundary (no NUL or control characters, NFC), and a value past its length
// gets a message, never a 500 and never a silent cut.
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("../matrix/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

import { POST as postRequest } from "@/app/api/requests/route";
import { postMessageAction } from "@/app/actions/requests";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/input/text";
import { parsePriceSchedule } from "@/lib/services/programs/rules";
import { parseListFilters } from "@/lib/services/requests/filters";
import { OrganizationFilterQuery } from "@/lib/services/organizations/schemas";
import { env } from "@/lib/env";
import { proxy } from "@/proxy";
import { NextRequest } from "next/server";
import { actorOf, matrixWorld, signInAs } from "../factories";
import { createContract, key, makeEligible, requestIn } from "../factories/requests";
import { ACTION_MATRIX, form, type Outcome } from "../matrix/actions";
import { PERSONAS } from "../matrix/personas";
import { setRequestSession } from "../matrix/request-context";

/** What the boundary removes: C0 controls but tab, line feed and carriage return; DEL; C1; lone surrogates. */
const REMOVED = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !"\t\n\r".includes(c)),
  "\u007F",
  "\u0080",
  "\u0085",
  "\u009F",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
];
const removed = fc.constantFrom(...REMOVED);
/** A form field cannot carry a lone surrogate (FormData and multipart are UTF-8: it arrives as U+FFFD). */
const removedFromForms = fc.constantFrom(...REMOVED.filter((c) => !/[\uD800-\uDFFF]/.test(c)));
/** Anything a person, a bot or a bad link may type: controls, decomposed accents, any code point, line breaks. */
const anyUnit = fc.oneof(
  removed,
  fc.constantFrom("e\u0301", "n\u0303", "A\u030A", "\t", "\n", "\r\n", " "),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
);
const anyText = fc.string({ unit: anyUnit, maxLength: 60 });
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    const result = (await call()) as { ok?: boolean; status?: number } | undefined;
    if (result && result.ok === false) return result.status as Outcome;
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return 404;
    if (error instanceof AppError) return error.status as Outcome;
    return `threw ${String(error)}`;
  }
}

/** Puts `chars` into `value` at the given positions (modulo its length). */
function contaminate(value: string, chars: [number, string][]) {
  let out = value;
  for (const [at, c] of chars) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + c + out.slice(i);
  }
  return out;
}

describe("every server action, with control characters in every form field", () => {
  const originalSet = FormData.prototype.set;
  afterEach(() => {
    FormData.prototype.set = originalSet;
  });

  // Each field gets NUL, controls or lone surrogates somewhere; the boundary removes them, so every action
  // answers exactly as the authorization matrix says it does for clean input: never a thrown database error.
  for (const [name, row] of Object.entries(ACTION_MATRIX)) {
    const winners = PERSONAS.filter((p) => row.expect[p] === "ok" || row.expect[p] === "redirect");
    const personas = winners.length ? winners : PERSONAS.filter((p) => p !== "anonymous").slice(0, 1);
    it(`${name} as ${personas.join(", ")}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...personas),
          fc.array(fc.tuple(fc.nat(200), removedFromForms), { minLength: 1, maxLength: 4 }),
          async (persona, chars) => {
            const w = await matrixWorld();
            setRequestSession(persona === "anonymous" ? null : (await signInAs(w[persona]!.actor.userId)).sessionToken);
            const set = originalSet as (this: FormData, ...args: unknown[]) => void;
            FormData.prototype.set = function (this: FormData, k: string, v: string | Blob, ...rest: unknown[]) {
              set.call(this, k, typeof v === "string" ? contaminate(v, chars) : v, ...rest);
            } as FormData["set"];
            try {
              expect(await outcomeOf(() => row.run(w, persona))).toBe(row.expect[persona]);
            } finally {
              FormData.prototype.set = originalSet;
            }
          },
        ),
        { numRuns: 2 },
      );
    });
  }
});

describe("POST /api/requests with any text", () => {
  let world: Awaited<ReturnType<typeof requestWorld>>;
  beforeAll(async () => {
    world = await requestWorld();
  });

  it("never answers 500, and what it stores is clean NFC text or a message says what is wrong", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, async (notes, poNumber, junk) => {
        const response = await createViaApi(world, { notes, poNumber, [junk]: junk });
        expect([201, 422]).toContain(response.status);
        const body = (await response.json()) as { id?: string; fieldErrors?: Record<string, string[]> };
        if (response.status === 422) return void expect(Object.keys(body.fieldErrors ?? {})).not.toHaveLength(0);
        const stored = await db.purchaseRequest.findUniqueOrThrow({ where: { id: body.id } });
        for (const text of [stored.notes, stored.poNumber])
          if (text) expect(!UNSTORABLE.test(text) && text === text.normalize("NFC")).toBe(true);
        expect(stored.notes ?? "").toBe(cleanText(notes, { multiline: true }));
        expect(stored.poNumber ?? "").toBe(cleanText(poNumber));
      }),
      { numRuns: 60 },
    );
  });

  it("a NUL in the notes is removed, not a 500", async () => {
    const response = await createViaApi(world, { notes: "Deliver to\u0000 the annex", poNumber: "PO-7\u0000" });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = await db.purchaseRequest.findUniqueOrThrow({ where: { id } });
    expect([stored.notes, stored.poNumber]).toEqual(["Deliver to the annex", "PO-7"]);
  });

  it("notes past 4,000 characters are refused with a message (422), not cut", async () => {
    const response = await createViaApi(world, { notes: "x".repeat(4001) });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(body.fieldErrors.notes).toEqual(["Notes: at most 4,000 characters."]);
  });
});

describe("query parameters and paths", () => {
  it("list filters and the staff directory's search drop NUL and control characters from the query string", () => {
    expect(parseListFilters({ organizationId: "\u0000", cursor: ["c1\u0000", "c2"], status: "DRAFT\u0000" })).toEqual({
      organizationId: undefined,
      vendorOrganizationId: undefined,
      contractId: undefined,
      cursor: "c1",
      status: "DRAFT",
    });
    expect(OrganizationFilterQuery.parse({ q: "Bolton\u0000 Public\u0007" }).q).toBe("Bolton Public");
  });

  it("a path with a NUL or control character is refused (400) before any page or handler reads it", () => {
    const origin = new URL(env.appUrl);
    const at = (path: string) => proxy(new NextRequest(`${origin.origin}${path}`, { headers: { host: origin.host } }));
    for (const path of ["/requests/%00", "/contracts/abc%1F", "/api/files/%7F", "/staff/memberships/%E0%A4%A"])
      expect(at(path).status).toBe(400);
    expect(at("/contracts?q=wifi").status).not.toBe(400);
    expect(at("/contracts/Ni%C3%B1os").status).not.toBe(400);
  });

  it("a query string with control characters is sent to the same address without them (GET), refused otherwise", () => {
    const origin = new URL(env.appUrl);
    const at = (path: string, method = "GET") =>
      proxy(new NextRequest(`${origin.origin}${path}`, { method, headers: { host: origin.host } }));
    const res = at("/requests?organizationId=%00&status=DRAFT%07&q=wi%00fi");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(`${origin.origin}/requests?organizationId=&status=DRAFT&q=wifi`);
    expect(at("/contracts?q=%01%1F%7F").headers.get("location")).toBe(`${origin.origin}/contracts?q=`);
    expect(at("/staff/requests?cursor=%00", "POST").status).toBe(400);
    expect(at("/contracts?q=Ni%C3%B1os&page=2").headers.get("location")).toBeNull();
  });
});

describe("examples", () => {
  it("a NUL in a form field is removed before it reaches the database", async () => {
    const world = await requestWorld();
    const r = await requestIn(world.member.actor, world.vendor.actor, world.contract);
    setRequestSession(world.member.actor.sessionToken);
    const result = await postMessageAction(null, form({ requestId: r.id, body: "When can you\u0000 deliver?" }));
    expect(result).toMatchObject({ ok: true });
    const message = await db.purchaseRequestMessage.findFirstOrThrow({ where: { requestId: r.id } });
    expect(message.body).toBe("When can you deliver?");
  });

  it("a too-long field gets a message and the form keeps what was typed", async () => {
    const world = await requestWorld();
    const r = await requestIn(world.member.actor, world.vendor.actor, world.contract);
    setRequestSession(world.member.actor.sessionToken);
    const typed = "Ni\u00f1os ".repeat(700);
    const result = await postMessageAction(null, form({ requestId: r.id, body: typed }));
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { body: ["Message: at most 4,000 characters."] },
    });
    expect(result && !result.ok && result.values?.body).toBe(typed);
  });

  it("a price-schedule cell past its limit is refused with the line number, not cut", () => {
    const long = "d".repeat(301);
    const { lines, errors } = parsePriceSchedule(
      `AP6 | ${long} | each | 100.00\nSW\u0007 | Switch\u0000 | each | 5.00`,
    );
    expect(errors).toEqual(["Line 1: the description is longer than 300 characters."]);
    expect(lines.map((l) => [l.itemCode, l.description])).toEqual([["SW", "Switch"]]);
  });
});

async function requestWorld() {
  const member = await actorOf("MUNICIPALITY", "ADMIN");
  const vendor = await actorOf("VENDOR", "ADMIN");
  await makeEligible(member.org.id);
  const contract = await createContract(vendor.org.id);
  return { member, vendor, contract };
}

function createViaApi(world: Awaited<ReturnType<typeof requestWorld>>, extra: Record<string, string>) {
  setRequestSession(world.member.actor.sessionToken);
  const body = {
    contractId: world.contract.id,
    idempotencyKey: key(),
    lines: [{ priceLineId: world.contract.priceLines[0].id, quantity: 1 }],
    submit: false,
    ...extra,
  };
  return postRequest(
    new Request("http://localhost/api/requests", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}
