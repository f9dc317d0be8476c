import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { formatDateTime } from "@/lib/format";
import { APPROVAL_RULE_LABEL, REQUEST_STATUS_LABEL, ROLE_LABEL, requestNumberLabel } from "@/lib/labels";
import { getRequest } from "@/lib/services/requests/get-request";
import type { Move } from "@/lib/services/requests/rules";
import { Card, EmptyState } from "@/components/ui/card";
import { buttonStyle } from "@/components/ui/button";
import { StatusBadge } from "@/components/requests/status-badge";
import { ActionForm } from "@/components/ui/form";
import { RatingForm } from "@/components/requests/rating-form";
import { RequestFactsList, RequestLines } from "@/components/requests/request-summary";
import { approveRequestAction, moveRequestAction, postMessageAction, rateVendorAction } from "@/app/actions/requests";

export const metadata: Metadata = { title: "Purchase request" };

/** History entries that do not change the status. */
const EVENT_LABEL: Record<string, string> = {
  create: "created the request",
  edit: "edited the draft",
};

const MOVE_UI: Record<
  Move,
  {
    label: string;
    variant: "primary" | "secondary" | "danger";
    reason?: string;
  }
> = {
  submit: { label: "Submit request", variant: "primary" },
  acknowledge: { label: "Acknowledge", variant: "primary" },
  accept: { label: "Accept", variant: "primary" },
  fulfil: { label: "Mark fulfilled", variant: "primary" },
  decline: {
    label: "Decline",
    variant: "danger",
    reason: "Why are you declining?",
  },
  reject: {
    label: "Do not approve",
    variant: "danger",
    reason: "Why is it not approved?",
  },
  cancel: {
    label: "Cancel request",
    variant: "danger",
    reason: "Why is it cancelled?",
  },
};

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/requests/${id}`);
  const r = await loadForPage(() => getRequest({ actor, input: { requestId: id } }));
  const back = actor.side === "vendor" ? "/vendor/requests" : actor.side === "staff" ? "/staff/requests" : "/requests";
  const plainMoves = r.moves.filter((m) => !MOVE_UI[m].reason);
  const reasonMoves = r.moves.filter((m) => MOVE_UI[m].reason);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href={back}>All requests</Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1>Purchase request {requestNumberLabel(r.number)}</h1>
          <StatusBadge status={r.status} />
        </div>
        <p>
          <Link href={`/requests/${r.id}/print`}>Printable summary</Link> to attach to your purchase order.
        </p>
      </div>

      {(plainMoves.length > 0 || reasonMoves.length > 0 || r.canApprove) && (
        <Card title="Your next step">
          <div className="flex flex-col gap-4">
            {r.canApprove && (
              <ActionForm
                action={approveRequestAction}
                hidden={{ requestId: r.id }}
                submitLabel={`Approve as ${ROLE_LABEL[actor.role].toLowerCase()}`}
                fields={[
                  {
                    name: "note",
                    label: "Approval note (optional)",
                    type: "textarea",
                    rows: 2,
                  },
                ]}
              />
            )}
            {plainMoves.length > 0 && (
              <div className="flex flex-wrap items-start gap-3">
                {plainMoves.map((m) => (
                  <ActionForm
                    key={m}
                    action={moveRequestAction}
                    hidden={{ requestId: r.id, move: m }}
                    submitLabel={MOVE_UI[m].label}
                    variant={MOVE_UI[m].variant}
                  />
                ))}
                {/* whoever may submit a draft may edit it first */}
                {r.moves.includes("submit") && (
                  <Link href={`/requests/${r.id}/edit`} className={buttonStyle("secondary")}>
                    Edit draft
                  </Link>
                )}
              </div>
            )}
            {reasonMoves.map((m) => (
              <details key={m} className="rounded-md border border-slate-300 p-3">
                <summary className="cursor-pointer font-medium">{MOVE_UI[m].label}…</summary>
                <div className="mt-3">
                  <ActionForm
                    action={moveRequestAction}
                    hidden={{ requestId: r.id, move: m }}
                    submitLabel={MOVE_UI[m].label}
                    variant="danger"
                    fields={[
                      {
                        name: "reason",
                        label: MOVE_UI[m].reason!,
                        type: "textarea",
                        hint: "Everyone on the request reads this.",
                        required: true,
                      },
                    ]}
                  />
                </div>
              </details>
            ))}
          </div>
        </Card>
      )}

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Summary">
          <RequestFactsList r={r} />
        </Card>
        <Card title="Internal approval">
          {r.approvalRule ? (
            <div className="flex flex-col gap-2">
              <p>
                Above the organization&apos;s threshold: approval by {APPROVAL_RULE_LABEL[r.approvalRule].toLowerCase()}
                .
              </p>
              <ul className="list-disc pl-5">
                {r.approvals.map((a) => (
                  <li key={a.role}>
                    Approved as {ROLE_LABEL[a.role].toLowerCase()} by {a.user.name ?? a.user.email} on{" "}
                    {formatDateTime(a.at)}
                    {a.note ? `: ${a.note}` : ""}
                  </li>
                ))}
                {r.status === "PENDING_APPROVAL" &&
                  r.missingApprovals.map((role) => <li key={role}>Waiting for a {ROLE_LABEL[role].toLowerCase()}</li>)}
              </ul>
            </div>
          ) : (
            <p>
              {r.status === "DRAFT"
                ? "Decided when the request is submitted."
                : "Not needed: at or below the organization's approval threshold."}
            </p>
          )}
        </Card>
      </div>

      <RequestLines r={r} />
      {r.notes && (
        <Card title="Notes for the vendor">
          <p className="whitespace-pre-wrap">{r.notes}</p>
        </Card>
      )}

      <Card title="Conversation">
        <div className="flex flex-col gap-4">
          {r.messages.length === 0 ? (
            <EmptyState>
              No messages yet. The town, the vendor and cooperative staff can all write here; each message is emailed to
              the others.
            </EmptyState>
          ) : (
            <ol className="flex flex-col gap-3">
              {r.messages.map((m) => (
                <li key={m.id} className="rounded-md border border-slate-300 bg-slate-50 p-3">
                  <p className="text-sm text-slate-700">
                    <strong className="text-slate-900">{m.author?.name ?? m.author?.email ?? "Former user"}</strong>,{" "}
                    {m.authorOrganization.name} · {formatDateTime(m.createdAt)}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap">{m.body}</p>
                </li>
              ))}
            </ol>
          )}
          <ActionForm
            action={postMessageAction}
            hidden={{ requestId: r.id }}
            submitLabel="Send message"
            variant="secondary"
            fields={[
              {
                name: "body",
                label: "Write a message",
                type: "textarea",
                required: true,
              },
            ]}
          />
        </div>
      </Card>

      {(r.rating || r.canRate) && (
        <Card title="Rating of the vendor">
          {r.rating ? (
            <p>
              Quality {r.rating.quality}/5, timeliness {r.rating.timeliness}/5, support {r.rating.support}/5, value{" "}
              {r.rating.value}/5.
              {r.rating.comment ? ` "${r.rating.comment}"` : ""}
            </p>
          ) : (
            <RatingForm action={rateVendorAction} requestId={r.id} />
          )}
        </Card>
      )}

      <Card title="History">
        <ol className="flex flex-col gap-2">
          {r.events.map((e) => (
            <li key={e.id} className="border-l-4 border-slate-300 pl-3">
              <p className="text-sm text-slate-700">{formatDateTime(e.at)}</p>
              <p>
                {e.actorLabel}:{" "}
                {e.fromStatus && e.fromStatus !== e.toStatus
                  ? `${REQUEST_STATUS_LABEL[e.fromStatus]} → ${REQUEST_STATUS_LABEL[e.toStatus]}`
                  : (EVENT_LABEL[e.action] ?? e.action)}
              </p>
              {e.note && <p className="text-sm">{e.note}</p>}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
