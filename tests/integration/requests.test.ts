import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createRequest } from "@/lib/services/requests/create-request";
import { CreateRequestInput } from "@/lib/services/requests/schemas";
import { getRequest } from "@/lib/services/requests/get-request";
import { moveRequest } from "@/lib/services/requests/move-request";
import { approveRequest } from "@/lib/services/requests/approve-request";
import { listRequests } from "@/lib/services/requests/list-requests";
import { rateVendor } from "@/lib/services/requests/rate-vendor";
import { getContractRatings } from "@/lib/services/requests/contract-ratings";
import { getDraft } from "@/lib/services/requests/get-draft";
import { updateDraft } from "@/lib/services/requests/update-draft";
import { RequestRefusedError } from "@/lib/services/requests/internal/eligibility";
import { actorOf, createUser, signInAs } from "../factories";
import { createMembershipRow } from "../factories/memberships";
import { createContract, key, linesOf, makeEligible, requestIn, setRule } from "../factories/requests";
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
  return { town, vendor, contract };
}

const outbox = (to: string) =>
  db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true } });

describe("purchase requests", () => {
  it("prices every line from the schedule: a tampered price changes nothing", async () => {
    const { town, contract } = await world();
    // the JSON route's schema drops any price a client sends
    const body = {
      contractId: contract.id,
      idempotencyKey: key(),
      lines: [{ priceLineId: contract.priceLines[0].id, quantity: 2, unitPriceCents: 1 }],
      totalCents: 2,
    };
    const created = await createRequest({ actor: town.actor, input: CreateRequestInput.parse(body) });
    expect(created.totalCents).toBe(2 * 1_850_00);
    // and the form: extra price fields are ignored too
    const { createRequestAction } = await import("@/app/actions/requests");
    setRequestSession(town.actor.sessionToken);
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      contractId: contract.id,
      idempotencyKey: key(),
      [`qty_${contract.priceLines[1].id}`]: "3",
      [`price_${contract.priceLines[1].id}`]: "1",
      unitPriceCents: "1",
      totalCents: "1",
      intent: "submit",
    }))
      fd.set(k, v);
    await expect(createRequestAction(null, fd)).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    const rows = await db.purchaseRequest.findMany({
      where: { organizationId: town.org.id },
      include: { lines: true },
      orderBy: { number: "asc" },
    });
    expect(rows.map((r) => r.totalCents)).toEqual([3_700_00, 540_00]);
    expect(rows[1].lines[0]).toMatchObject({ quantity: 3, unitPriceCents: 180_00, lineTotalCents: 540_00 });
  });

  it("pilot participants pay pilot prices on a PILOT contract; others are refused with the reason", async () => {
    const vendor = await actorOf("VENDOR", "ADMIN");
    const pilotTown = await actorOf("MUNICIPALITY", "ADMIN", ["COST"]);
    const otherTown = await actorOf("MUNICIPALITY", "ADMIN", ["COST"]);
    await makeEligible(pilotTown.org.id);
    await makeEligible(otherTown.org.id);
    const contract = await createContract(vendor.org.id, { status: "PILOT", pilotOrgIds: [pilotTown.org.id] });
    const r = await createRequest({
      actor: pilotTown.actor,
      input: { contractId: contract.id, idempotencyKey: key(), lines: linesOf(contract, 1, 1), submit: true },
    });
    expect(r.totalCents).toBe(1_400_00 + 180_00);
    const refused = createRequest({
      actor: otherTown.actor,
      input: { contractId: contract.id, idempotencyKey: key(), lines: linesOf(contract), submit: true },
    });
    await expect(refused).rejects.toBeInstanceOf(RequestRefusedError);
    await expect(refused).rejects.toThrow(/only the pilot towns/);
  });

  it("an independent with its fee unpaid cannot submit, and is told why and what to do", async () => {
    const library = await actorOf("LIBRARY", "ADMIN");
    await createMembershipRow(library.org.id, { status: "PENDING_PAYMENT", feeDueCents: 150_00, isRenewal: false });
    const vendor = await actorOf("VENDOR", "ADMIN");
    const contract = await createContract(vendor.org.id);
    const attempt = createRequest({
      actor: library.actor,
      input: { contractId: contract.id, idempotencyKey: key(), lines: linesOf(contract), submit: true },
    });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow(
      /membership fee of \$150\.00 has not been paid.*pay online from the Membership page/,
    );
    expect(await db.purchaseRequest.count({ where: { organizationId: library.org.id } })).toBe(0);
  });

  it("another organization's member and another vendor get 404; a vendor never sees a request before it is sent", async () => {
    const { town, vendor, contract } = await world();
    const otherTown = await actorOf("MUNICIPALITY", "ADMIN", ["CRCOG"]);
    const otherVendor = await actorOf("VENDOR", "ADMIN");
    const staff = await actorOf("COOPERATIVE", "STAFF");
    const r = await requestIn(town.actor, vendor.actor, contract);
    await expect(getRequest({ actor: otherTown.actor, input: { requestId: r.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getRequest({ actor: otherVendor.actor, input: { requestId: r.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      moveRequest({ actor: otherVendor.actor, input: { requestId: r.id, move: "accept" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await getRequest({ actor: vendor.actor, input: { requestId: r.id } })).id).toBe(r.id);
    expect((await getRequest({ actor: staff.actor, input: { requestId: r.id } })).id).toBe(r.id);
    const draft = await requestIn(town.actor, vendor.actor, contract, "DRAFT");
    await expect(getRequest({ actor: vendor.actor, input: { requestId: draft.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await listRequests({ actor: otherVendor.actor, input: {} })).items).toHaveLength(0);
  });

  it("20 concurrent submissions with one key create exactly one request", async () => {
    const { town, contract } = await world();
    const k = key();
    const input = { contractId: contract.id, idempotencyKey: k, lines: linesOf(contract), submit: true };
    const results = await Promise.all(Array.from({ length: 20 }, () => createRequest({ actor: town.actor, input })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.purchaseRequest.count({ where: { organizationId: town.org.id, idempotencyKey: k } })).toBe(1);
    expect(await db.purchaseRequestEvent.count({ where: { requestId: results[0].id, action: "submit" } })).toBe(1);
  });

  it("refuses a move by the wrong role, or out of order", async () => {
    const { town, vendor, contract } = await world();
    const staff = await actorOf("COOPERATIVE", "STAFF");
    const r = await requestIn(town.actor, vendor.actor, contract);
    await expect(moveRequest({ actor: town.actor, input: { requestId: r.id, move: "accept" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      moveRequest({ actor: staff.actor, input: { requestId: r.id, move: "acknowledge" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      moveRequest({ actor: vendor.actor, input: { requestId: r.id, move: "cancel", reason: "x" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      moveRequest({ actor: vendor.actor, input: { requestId: r.id, move: "fulfil" } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(moveRequest({ actor: vendor.actor, input: { requestId: r.id, move: "decline" } })).rejects.toThrow(
      /Give a reason/,
    );
    expect((await db.purchaseRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
    await moveRequest({
      actor: staff.actor,
      input: { requestId: r.id, move: "cancel", reason: "Duplicate of an earlier order." },
    });
    const after = await db.purchaseRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ status: "CANCELLED", closedReason: "Duplicate of an earlier order." });
    expect(await db.auditEvent.count({ where: { entityId: r.id, action: "request.cancel" } })).toBe(1);
  });

  it("above the threshold IT and procurement both approve before the vendor hears of it; the buyer cannot approve", async () => {
    const { town, vendor, contract } = await world();
    await setRule(town.org.id, 1_000_00, "BOTH");
    const itLead = await createUser({
      organizationId: town.org.id,
      role: "IT_LEAD",
      email: `it-${key()}@example.test`,
    });
    const purchasing = await createUser({
      organizationId: town.org.id,
      role: "PURCHASING",
      email: `po-${key()}@example.test`,
    });
    const r = await createRequest({
      actor: town.actor,
      input: { contractId: contract.id, idempotencyKey: key(), lines: linesOf(contract), submit: true },
    });
    expect(r.status).toBe("PENDING_APPROVAL");
    expect((await outbox(purchasing.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/needs your approval/),
    ]);
    await expect(getRequest({ actor: vendor.actor, input: { requestId: r.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveRequest({ actor: town.actor, input: { requestId: r.id } })).rejects.toThrow(/another approver/);
    await approveRequest({ actor: await signInAs(itLead.id), input: { requestId: r.id } });
    expect((await db.purchaseRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("PENDING_APPROVAL");
    await approveRequest({ actor: await signInAs(purchasing.id), input: { requestId: r.id } });
    expect((await db.purchaseRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
    expect((await outbox(vendor.user.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/new purchase request/),
    ]);
  });

  it("keyset pages through a member's requests without repeats", async () => {
    const { town, vendor, contract } = await world();
    for (let i = 0; i < 5; i++) await requestIn(town.actor, vendor.actor, contract);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listRequests({ actor: town.actor, input: { take: 2, cursor } });
      seen.push(...page.items.map((r) => r.id));
      if (!cursor) expect(page.total).toBe(5);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(5);
    expect((await listRequests({ actor: vendor.actor, input: { status: "SUBMITTED" } })).items).toHaveLength(5);
  });

  it("a vendor's inbox narrows to one town; a member's list ignores another organization's id", async () => {
    const { town, vendor, contract } = await world();
    const otherTown = await actorOf("MUNICIPALITY", "ADMIN", ["CRCOG"]);
    await makeEligible(otherTown.org.id);
    await requestIn(town.actor, vendor.actor, contract);
    const theirs = await requestIn(otherTown.actor, vendor.actor, contract);
    const narrowed = await listRequests({ actor: vendor.actor, input: { organizationId: otherTown.org.id } });
    expect(narrowed.items.map((r) => [r.id, r.organization])).toEqual([
      [theirs.id, { id: otherTown.org.id, name: otherTown.org.name }],
    ]);
    expect(narrowed.total).toBe(1);
    const own = await listRequests({ actor: town.actor, input: { organizationId: otherTown.org.id } });
    expect(own.items.map((r) => r.organization.id)).toEqual([town.org.id]);
  });

  it("the town rates a fulfilled request once; the contract shows the averages", async () => {
    const { town, vendor, contract } = await world();
    const r = await requestIn(town.actor, vendor.actor, contract, "ACCEPTED");
    const scores = { requestId: r.id, quality: 5, timeliness: 3, support: 4, value: 4 };
    await expect(rateVendor({ actor: town.actor, input: scores })).rejects.toBeInstanceOf(ConflictError);
    await moveRequest({ actor: vendor.actor, input: { requestId: r.id, move: "fulfil" } });
    await rateVendor({ actor: town.actor, input: scores });
    await expect(rateVendor({ actor: town.actor, input: scores })).rejects.toThrow(/already been rated/);
    expect(await getContractRatings({ actor: town.actor, input: { contractId: contract.id } })).toMatchObject({
      count: 1,
      quality: 5,
      timeliness: 3,
      overall: 4,
    });
    const otherVendor = await actorOf("VENDOR", "ADMIN");
    expect(await getContractRatings({ actor: otherVendor.actor, input: { contractId: contract.id } })).toBeNull();
  });

  it("a draft is edited by its organization: priced again from the schedule, recorded, then submitted", async () => {
    const { town, vendor, contract } = await world();
    const draft = await requestIn(town.actor, vendor.actor, contract, "DRAFT");
    expect(draft.totalCents).toBe(1_850_00 + 180_00);
    // the form: a price sent with the quantities is ignored; what the draft says now is replaced
    const { updateDraftAction } = await import("@/app/actions/requests");
    setRequestSession(town.actor.sessionToken);
    const fd = new FormData();
    const fields = {
      requestId: draft.id,
      [`qty_${contract.priceLines[0].id}`]: "2",
      [`price_${contract.priceLines[0].id}`]: "1",
      totalCents: "1",
      poNumber: "PO-9",
      notes: "Two closets",
      intent: "draft",
    };
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    await expect(updateDraftAction(null, fd)).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    const saved = await db.purchaseRequest.findUniqueOrThrow({
      where: { id: draft.id },
      include: { lines: true, events: { orderBy: { at: "asc" } } },
    });
    expect(saved).toMatchObject({
      status: "DRAFT",
      totalCents: 2 * 1_850_00,
      poNumber: "PO-9",
      notes: "Two closets",
      submittedAt: null,
    });
    expect(saved.lines.map((l) => [l.itemCode, l.quantity, l.unitPriceCents])).toEqual([
      [contract.priceLines[0].itemCode, 2, 1_850_00],
    ]);
    expect(saved.events.map((e) => e.action)).toEqual(["create", "edit"]);
    expect(
      await db.auditEvent.findFirst({
        where: { entityId: draft.id, action: "request.edit" },
        select: { before: true, after: true },
      }),
    ).toMatchObject({
      before: { totalCents: 1_850_00 + 180_00, lines: 2 },
      after: { totalCents: 2 * 1_850_00, lines: 1 },
    });
    // nothing reached the vendor while it was a draft; submitting from the form sends it
    expect(await outbox(vendor.actor.email)).toEqual([]);
    expect(await getDraft({ actor: town.actor, input: { requestId: draft.id } })).toMatchObject({
      editable: true,
      lines: [{ quantity: 2 }],
    });
    await updateDraft({
      actor: town.actor,
      input: { requestId: draft.id, lines: linesOf(contract, 1, 0), submit: true },
    });
    expect(await db.purchaseRequest.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "SUBMITTED",
      totalCents: 1_850_00,
      poNumber: null,
    });
    expect((await outbox(vendor.actor.email)).map((m) => m.subject)).toEqual([
      expect.stringContaining("new purchase request"),
    ]);
    // once sent it can no longer be edited; the form page says so
    await expect(
      updateDraft({ actor: town.actor, input: { requestId: draft.id, lines: linesOf(contract, 3), submit: false } }),
    ).rejects.toThrow(/submitted to vendor: only a draft can be edited/i);
    expect(await getDraft({ actor: town.actor, input: { requestId: draft.id } })).toMatchObject({ editable: false });
  });

  it("another organization gets 404 for a draft; vendors and staff cannot edit one; bad quantities change nothing", async () => {
    const { town, vendor, contract } = await world();
    const draft = await requestIn(town.actor, vendor.actor, contract, "DRAFT");
    const otherTown = await actorOf("MUNICIPALITY", "ADMIN", ["CRCOG"]);
    const staff = await actorOf("COOPERATIVE", "ADMIN");
    const edit = { requestId: draft.id, lines: linesOf(contract, 5), submit: false };
    await expect(updateDraft({ actor: otherTown.actor, input: edit })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDraft({ actor: otherTown.actor, input: { requestId: draft.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateDraft({ actor: vendor.actor, input: edit })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateDraft({ actor: staff.actor, input: edit })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateDraft({
        actor: town.actor,
        input: { ...edit, lines: [{ priceLineId: contract.priceLines[0].id, quantity: 0 }] },
      }),
    ).rejects.toThrow(/at least one line/);
    await expect(
      updateDraft({
        actor: town.actor,
        input: { ...edit, lines: [{ priceLineId: "not-on-this-schedule", quantity: 1 }] },
      }),
    ).rejects.toThrow(/not on this contract/);
    const unchanged = await db.purchaseRequest.findUniqueOrThrow({ where: { id: draft.id }, include: { lines: true } });
    expect([unchanged.totalCents, unchanged.lines.length]).toEqual([1_850_00 + 180_00, 2]);
  });
});
