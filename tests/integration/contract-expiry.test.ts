import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";
import { CatalogQuery } from "@/lib/services/catalog/schemas";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { getContract } from "@/lib/services/contracts/get-contract";
import { listContractsEnding } from "@/lib/services/contracts/list-contracts-ending";
import { createRequest } from "@/lib/services/requests/create-request";
import { getContractOrRefusal } from "@/lib/services/requests/get-contract-or-refusal";
import { moveRequest } from "@/lib/services/requests/move-request";
import { RequestRefusedError } from "@/lib/services/requests/internal/eligibility";
import { listRequestableContracts } from "@/lib/services/requests/list-requestable-contracts";
import { actorOf } from "../factories";
import { createContract, key, linesOf, makeEligible } from "../factories/requests";

// A contract past its term end is expired: shown so, out of the default catalog, closed to new requests; staff see
// contracts nearing their end. "Today" is the cooperative's calendar date (America/New_York).
const DAY = 86_400_000;
const today = () => calendarDateToDb(todayInCooperative());
const endsIn = (days: number) => new Date(today().getTime() + days * DAY);

async function world() {
  const town = await actorOf("MUNICIPALITY", "IT_LEAD", ["CRCOG"]);
  await makeEligible(town.org.id);
  const vendor = await actorOf("VENDOR", "ADMIN");
  const contract = await createContract(vendor.org.id);
  const expired = await createContract(vendor.org.id);
  await db.contract.update({
    where: { id: expired.id },
    data: { termEnd: endsIn(-1), title: "Endpoint protection and antivirus" },
  });
  return { town, vendor, contract, expired: { ...expired, title: "Endpoint protection and antivirus" } };
}

describe("an expired contract", () => {
  it("is out of the default catalog, listed as expired when asked for, and the contract page says so", async () => {
    const w = await world();
    const catalog = (q: Record<string, string>) =>
      searchCatalog(CatalogQuery.parse({ vendor: w.vendor.org.slug, ...q }));
    const current = await catalog({});
    expect(current.rows.map((r) => r.id)).toEqual([w.contract.id]);
    expect(current.rows[0].expired).toBe(false);
    expect((await catalog({ q: "antivirus" })).total).toBe(0);
    const expired = await catalog({ term: "expired" });
    expect(expired.rows.map((r) => [r.id, r.expired])).toEqual([[w.expired.id, true]]);
    expect((await catalog({ term: "all" })).total).toBe(2);
    expect((await getContract({ actor: w.town.actor, input: { contractId: w.expired.id } })).expired).toBe(true);
    expect((await getContract({ actor: null, input: { contractId: w.contract.id } })).expired).toBe(false);
  });

  it("refuses new purchase requests with a clear message, on the form and on submission", async () => {
    const w = await world();
    const form = await getContractOrRefusal({ actor: w.town.actor, input: { contractId: w.expired.id } });
    expect(form.contract).toBeNull();
    expect(form.refusal?.reason).toMatch(/expired: its term ended on .+, so it is no longer open for purchases/);
    expect(form.refusal?.todo).toMatch(/current contract/);
    const attempt = createRequest({
      actor: w.town.actor,
      input: { contractId: w.expired.id, idempotencyKey: key(), lines: linesOf(w.expired), submit: true },
    });
    await expect(attempt).rejects.toBeInstanceOf(RequestRefusedError);
    await expect(attempt).rejects.toThrow(/expired/);
    expect(await db.purchaseRequest.count({ where: { contractId: w.expired.id } })).toBe(0);
    const choices = (await listRequestableContracts({ actor: w.town.actor })).map((c) => c.id);
    expect(choices).toContain(w.contract.id);
    expect(choices).not.toContain(w.expired.id);
  });

  it("is still open on its last day", async () => {
    const w = await world();
    await db.contract.update({ where: { id: w.contract.id }, data: { termEnd: endsIn(0) } });
    const form = await getContractOrRefusal({ actor: w.town.actor, input: { contractId: w.contract.id } });
    expect(form.refusal).toBeNull();
    const created = await createRequest({
      actor: w.town.actor,
      input: { contractId: w.contract.id, idempotencyKey: key(), lines: linesOf(w.contract), submit: false },
    });
    expect(created.status).toBe("DRAFT");
  });
});

describe("a draft on a contract that expires since", () => {
  it("cannot be submitted once the term is over", async () => {
    const w = await world();
    const draft = await createRequest({
      actor: w.town.actor,
      input: { contractId: w.contract.id, idempotencyKey: key(), lines: linesOf(w.contract), submit: false },
    });
    await db.contract.update({ where: { id: w.contract.id }, data: { termEnd: endsIn(-1) } });
    const submit = moveRequest({ actor: w.town.actor, input: { requestId: draft.id, move: "submit" } });
    await expect(submit).rejects.toBeInstanceOf(RequestRefusedError);
    await expect(submit).rejects.toThrow(/expired/);
    expect((await db.purchaseRequest.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });
});

describe("staff dashboard: contracts nearing their end", () => {
  it("lists terms ending within 90 days and expired contracts still offered, soonest first; staff only", async () => {
    // seen from 1990, so that no other test's contract is in the window
    const now = new Date("1990-01-10T15:00:00Z");
    const vendor = await actorOf("VENDOR", "ADMIN");
    const ends = { expired: "1990-01-09", today: "1990-01-10", soon: "1990-03-01", later: "1990-06-01" };
    const ids: Record<string, string> = {};
    for (const [name, termEnd] of Object.entries(ends)) {
      const c = await createContract(vendor.org.id);
      await db.contract.update({ where: { id: c.id }, data: { termEnd: calendarDateToDb(termEnd) } });
      ids[name] = c.id;
    }
    const retired = await createContract(vendor.org.id, { status: "RETIRED" });
    await db.contract.update({ where: { id: retired.id }, data: { termEnd: calendarDateToDb("1990-01-02") } });
    const staff = await actorOf("COOPERATIVE", "ADMIN");
    const ending = await listContractsEnding({ actor: staff.actor, now });
    expect(ending.map((c) => [c.id, c.termEnd, c.expired])).toEqual([
      [ids.expired, "1990-01-09", true],
      [ids.today, "1990-01-10", false],
      [ids.soon, "1990-03-01", false],
    ]);
    const town = await actorOf("MUNICIPALITY", "ADMIN", ["CRCOG"]);
    await expect(listContractsEnding({ actor: town.actor })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
