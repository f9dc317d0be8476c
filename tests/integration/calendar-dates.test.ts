// Calendar dates end to end: POST /api/requests refuses a day that does not exist with 422 and a field message (never
// 500), a saved needed-by day is stored as a PostgreSQL date and reads back as the same day on the request page and
// the printable summary, whatever the server's time zone.
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getRequest } from "@/lib/services/requests/get-request";
import { listRequests } from "@/lib/services/requests/list-requests";
import { RequestFactsList } from "@/components/requests/request-summary";
import { actorOf } from "../factories";
import { impossibleDay } from "../factories/calendar-dates";
import { createContract, key, makeEligible } from "../factories/requests";
import { setRequestSession } from "../matrix/request-context";

vi.mock("next/headers", async () => (await import("../matrix/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

async function world() {
  const town = await actorOf("MUNICIPALITY", "IT_LEAD", ["CRCOG"]);
  await makeEligible(town.org.id);
  const vendor = await actorOf("VENDOR", "ADMIN");
  const contract = await createContract(vendor.org.id);
  setRequestSession(town.actor.sessionToken);
  return { town, contract };
}

async function postRequest(body: unknown) {
  const { POST } = await import("@/app/api/requests/route");
  const response = await POST(
    new Request("http://localhost:3000/api/requests", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("POST /api/requests with a day that does not exist", () => {
  it('"neededBy":"2026-13-45" answers 422 with a message on the field, and nothing is saved', async () => {
    const { town, contract } = await world();
    const lines = [{ priceLineId: contract.priceLines[0].id, quantity: 1 }];
    const { status, json } = await postRequest({
      contractId: contract.id,
      idempotencyKey: key(),
      lines,
      neededBy: "2026-13-45",
    });
    expect(status).toBe(422);
    expect(json.fieldErrors).toEqual({ neededBy: ["Enter a date that exists, such as 2026-09-30."] });
    expect(await db.purchaseRequest.count({ where: { organizationId: town.org.id } })).toBe(0);
  });

  it("any impossible day (month 13, April 31, February 29 of a common year, garbage) is a 422, never a 500", async () => {
    const { town, contract } = await world();
    const lines = [{ priceLineId: contract.priceLines[0].id, quantity: 1 }];
    await fc.assert(
      fc.asyncProperty(impossibleDay, async (neededBy) => {
        const { status, json } = await postRequest({ contractId: contract.id, idempotencyKey: key(), lines, neededBy });
        expect(status).toBe(422);
        expect(Object.keys(json.fieldErrors as object)).toEqual(["neededBy"]);
      }),
      { numRuns: 40 },
    );
    expect(await db.purchaseRequest.count({ where: { organizationId: town.org.id } })).toBe(0);
  });
});

describe("a needed-by day is a date", () => {
  for (const tz of ["America/Los_Angeles", "UTC"]) {
    it(`Pat saves Needed by 2026-07-01 (server in ${tz}): stored as the date 2026-07-01, shown as Jul 1, 2026`, async () => {
      process.env.TZ = tz;
      const { town, contract } = await world();
      const lines = [{ priceLineId: contract.priceLines[0].id, quantity: 1 }];
      const { status, json } = await postRequest({
        contractId: contract.id,
        idempotencyKey: key(),
        lines,
        neededBy: "2026-07-01",
      });
      expect(status).toBe(201);
      const [stored] = await db.$queryRaw<{ day: string; type: string }[]>`
        SELECT "neededBy"::text AS day, pg_typeof("neededBy")::text AS type FROM "PurchaseRequest" WHERE id = ${json.id}`;
      expect(stored).toEqual({ day: "2026-07-01", type: "date" });

      const r = await getRequest({ actor: town.actor, input: { requestId: String(json.id) } });
      expect(r.neededBy?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
      // the facts list is what the request page and the printable summary both show
      const html = renderToStaticMarkup(createElement(RequestFactsList, { r }));
      expect(html).toContain("Needed by</dt><dd>Jul 1, 2026</dd>");
      expect(html).not.toContain("Jun 30, 2026");
    });
  }

  it("the request list (a raw statement) reads the date as the same day with the server east of UTC", async () => {
    process.env.TZ = "Asia/Tokyo";
    const { town, contract } = await world();
    const lines = [{ priceLineId: contract.priceLines[0].id, quantity: 1 }];
    await postRequest({ contractId: contract.id, idempotencyKey: key(), lines, neededBy: "2026-07-01" });
    const { items } = await listRequests({ actor: town.actor, input: {} });
    expect(items.map((r) => r.neededBy?.toISOString())).toEqual(["2026-07-01T00:00:00.000Z"]);
  });

  it("the printable summary page says Jul 1, 2026 for a day typed as 7/1/2026", async () => {
    const { contract } = await world();
    const lines = [{ priceLineId: contract.priceLines[0].id, quantity: 1 }];
    const { json } = await postRequest({ contractId: contract.id, idempotencyKey: key(), lines, neededBy: "7/1/2026" });
    const { default: PrintRequestPage } = await import("@/app/(app)/requests/[id]/print/page");
    const page = await PrintRequestPage({ params: Promise.resolve({ id: String(json.id) }) });
    const html = renderToStaticMarkup(page);
    expect(html).toContain("Needed by</dt><dd>Jul 1, 2026</dd>");
  });
});

describe("every form that takes a day refuses one that does not exist, on its field", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };

  it("the request form, the award form, the RFP's due date and the offline payment form", async () => {
    const { contract } = await world();
    const { createRequestAction } = await import("@/app/actions/requests");
    const request = await createRequestAction(
      null,
      form({
        contractId: contract.id,
        idempotencyKey: key(),
        [`qty_${contract.priceLines[0].id}`]: "1",
        neededBy: "2026-13-45",
      }),
    );
    expect(request).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { neededBy: [expect.stringContaining("exists")] },
    });

    const staff = await actorOf("COOPERATIVE", "ADMIN");
    setRequestSession(staff.actor.sessionToken);
    const { awardProposalAction } = await import("@/app/actions/programs/evaluation");
    const award = await awardProposalAction(
      null,
      form({
        programId: "p1",
        proposalId: "x1",
        contractNumber: "C-1",
        termStart: "2026-02-30",
        termEnd: "2029-04-31",
        renewalOptions: "None",
        renewalsRemaining: "0",
      }),
    );
    expect(award).toMatchObject({ ok: false, status: 422 });
    expect(Object.keys((award as { fieldErrors: object }).fieldErrors).sort()).toEqual(["termEnd", "termStart"]);

    const { updateRfpDraftAction } = await import("@/app/actions/programs/committee");
    const rfp = await updateRfpDraftAction(
      null,
      form({ programId: "p1", rfpDraft: "Scope", proposalDueAt: "2026-02-30T10:00" }),
    );
    expect(rfp).toMatchObject({ ok: false, status: 422, fieldErrors: { proposalDueAt: [expect.any(String)] } });

    const { recordOfflinePaymentAction } = await import("@/app/actions/memberships");
    const payment = await recordOfflinePaymentAction(
      null,
      form({ membershipId: "m1", method: "CHECK", amount: "150.00", reference: "1001", receivedOn: "2027-02-29" }),
    );
    expect(payment).toMatchObject({ ok: false, status: 422, fieldErrors: { receivedOn: [expect.any(String)] } });
  });
});
