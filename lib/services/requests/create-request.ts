// Creating (and by default submitting) a purchase request is the portal's busiest write, so it is two SQL
// statements (lib/db/queries/request-create.ts): one reads every fact the rules need, one writes the request, its
// lines, history, audit events and emails together. The rules are the shared ones (pricing, eligibility, submission,
// emails), and the audit and email rows are built as recordAudit and queueEmails build theirs.
import { insertRequest, requestFacts, type RequestFacts, type RequestInsert } from "@/lib/db/queries/request-create";
import { auditRow } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { deliverEmails, emailRows, logOutbox, type EmailInput, type EmailRow } from "@/lib/email/send";
import { fiscalYearOf } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { mayPriceFrom, pricesAsPilot, termIsOver, unitPriceCents } from "@/lib/services/contracts/rules";
import { todayInCooperative } from "@/lib/input/date";
import { decidePurchaseEligibility } from "@/lib/services/memberships/rules";
import { closedContractRefusal, expiredContractRefusal, RequestRefusedError } from "./internal/eligibility";
import type { CreateRequestInput } from "./schemas";
import { composeEmails } from "./internal/notify";
import { actorLabel, priceLines, rolesFor, totalOf } from "./rules";
import { planSubmission, submissionNews, type SubmissionPlan } from "./internal/submission";

export type CreatedRequest = { id: string; number: number; status: string; totalCents: number; replayed: boolean };

/**
 * Builds a request from the contract's price schedule (pilot prices for pilot participants) and, unless it is a
 * draft, submits it. The idempotency key is unique per organization: a double click, a retry or a resubmission
 * returns the request the key first created.
 */
export async function createRequest({
  actor,
  input,
}: {
  actor: Actor | null;
  input: CreateRequestInput;
}): Promise<CreatedRequest> {
  assertCan(actor, "requests.create");
  const now = new Date();
  const facts = await loadFacts(actor, input, now);
  if (facts.existing) return { ...facts.existing, replayed: true };
  if (facts.nextNumber === null) throw new Error("No request number was drawn.");

  const contract = facts.contract;
  if (!contract) throw new NotFoundError();
  if (!mayPriceFrom(actor, contract.status, contract.vendorOrganizationId, contract.isPilotParticipant))
    throw closedContractRefusal(contract.status) ?? new NotFoundError();
  if (termIsOver(contract.termEnd, todayInCooperative(now))) throw expiredContractRefusal(contract.termEnd);
  const eligibility = decidePurchaseEligibility(actor.organization.kind, facts.membership, facts.fiscalYear, now);
  if (!eligibility.eligible) throw new RequestRefusedError(eligibility.reason, eligibility.action);

  const asPilot = pricesAsPilot(contract.status, contract.isPilotParticipant);
  const lines = priceLines(
    contract.lines.map((l) => ({ ...l, unitPriceCents: unitPriceCents(l, asPilot) })),
    input.lines,
  );
  const totalCents = totalOf(lines);

  const request = {
    id: createId(),
    number: facts.nextNumber,
    organization: { name: actor.organization.name },
    contract,
  };
  const plan = input.submit ? planSubmission(totalCents, facts.policy) : null;
  const messages = plan ? submissionEmails(actor, request, plan, totalCents, facts) : [];
  const emails = emailRows(messages, now);
  if (!(await insertRequest(requestRows({ actor, input, now, request, lines, totalCents, asPilot, plan, emails })))) {
    // Another submission with the same key won the race: answer with its request.
    const winner = (await loadFacts(actor, input, now)).existing;
    if (winner) return { ...winner, replayed: true };
    throw new Error("The request could not be saved; try again.");
  }
  logOutbox(messages);
  await deliverEmails(emails.map((m) => m.id));
  return { id: request.id, number: request.number, status: plan?.status ?? "DRAFT", totalCents, replayed: false };
}

type Facts = RequestFacts & { fiscalYear: number };

/** Every fact the rules need, in one statement; a request number is drawn only when the key is new. */
async function loadFacts(actor: Actor, input: CreateRequestInput, now: Date): Promise<Facts> {
  const fiscalYear = fiscalYearOf(now);
  const { contractId, idempotencyKey } = input;
  return {
    ...(await requestFacts({ organizationId: actor.organization.id, contractId, idempotencyKey, fiscalYear })),
    fiscalYear,
  };
}

type RequestForMail = {
  id: string;
  number: number;
  organization: { name: string };
  contract: { number: string; title: string };
};

/** Approvers (not the buyer) when it waits for them; otherwise the vendor's people and the buyer. */
function submissionEmails(
  actor: Actor,
  r: RequestForMail,
  plan: SubmissionPlan,
  totalCents: number,
  facts: Facts,
): EmailInput[] {
  if (plan.approvalRule && facts.policy) {
    const roles = rolesFor(plan.approvalRule);
    const approvers = [
      ...new Set(facts.people.filter((p) => roles.includes(p.role) && p.email !== actor.email).map((p) => p.email)),
    ];
    const news = submissionNews.approvers(actor, totalCents, facts.policy.thresholdCents);
    return composeEmails(r, approvers, news.headline, news.body);
  }
  const toVendor = submissionNews.vendor(actor.organization.name, totalCents);
  const toTown = submissionNews.town(totalCents);
  return [
    ...composeEmails(r, [...new Set(facts.vendorEmails)], toVendor.headline, toVendor.body),
    ...composeEmails(r, [actor.email], toTown.headline, toTown.body),
  ];
}

type Write = {
  actor: Actor;
  input: CreateRequestInput;
  now: Date;
  request: { id: string; number: number; contract: NonNullable<Facts["contract"]> };
  lines: ReturnType<typeof priceLines>;
  totalCents: number;
  asPilot: boolean;
  plan: SubmissionPlan | null;
  emails: EmailRow[];
};

/** The rows of the request's single-statement write: its lines, history, audit events (as recordAudit's) and emails. */
function requestRows({ actor, input, now, request, lines, totalCents, asPilot, plan, emails }: Write): RequestInsert {
  const audit = (action: string, before: Prisma.InputJsonValue | undefined, after: Prisma.InputJsonValue) => {
    const entity = { entityType: "PurchaseRequest", entityId: request.id };
    return auditRow(
      { actorUserId: actor.userId, organizationId: actor.organization.id, ...entity, action, before, after },
      now,
    );
  };
  const created = { contractId: request.contract.id, totalCents, lines: lines.length, usesPilotPrices: asPilot };
  return {
    at: now,
    request: {
      id: request.id,
      number: request.number,
      organizationId: actor.organization.id,
      contractId: request.contract.id,
      vendorOrganizationId: request.contract.vendorOrganizationId,
      createdById: actor.userId,
      idempotencyKey: input.idempotencyKey,
      status: plan?.status ?? "DRAFT",
      poNumber: input.poNumber ?? null,
      neededBy: input.neededBy ?? null,
      notes: input.notes ?? null,
      totalCents,
      usesPilotPrices: asPilot,
      approvalRule: plan?.approvalRule ?? null,
      submittedAt: plan && !plan.approvalRule ? now : null,
    },
    lines: lines.map((l) => ({ ...l, id: createId() })),
    events: [
      { id: createId(), action: "create", from: null, to: "DRAFT", note: null },
      ...(plan ? [{ id: createId(), action: "submit", from: "DRAFT", to: plan.status, note: plan.note }] : []),
    ],
    actor: { userId: actor.userId, label: actorLabel(actor) },
    audits: [
      audit("request.create", undefined, created),
      ...(plan ? [audit("request.submit", { status: "DRAFT" }, plan.audit)] : []),
    ],
    emails,
  };
}
