// A local fake of exactly the Stripe endpoints the portal calls (POST /v1/checkout/sessions),
// plus helpers that build the events Stripe would send and sign them the real way.
import http from "node:http";
import crypto from "node:crypto";
import Stripe from "stripe";

export type FakeSession = {
  id: string;
  object: "checkout.session";
  mode: string;
  url: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  amount_total: number;
  currency: string;
  payment_status: "unpaid" | "paid";
  status: "open" | "complete" | "expired";
  payment_intent: string | null;
  invoice: string | null;
  expires_at: number;
  success_url: string;
  invoice_creation: { enabled: boolean };
};

/** Parses Stripe's form encoding (a[b][c]=v, a[0][b]=v) into nested objects. */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/\[|\]\[|\]/).filter(Boolean);
    let node = out as Record<string, unknown>;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) node[p] = value;
      else node = (node[p] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

export class StripeFake {
  sessions = new Map<string, FakeSession>();
  requests: { path: string; idempotencyKey: string | undefined; body: Record<string, unknown> }[] = [];
  private byKey = new Map<string, string>();
  private server: http.Server | null = null;

  async start(port: number) {
    this.server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => this.handle(req, body, res));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
  }

  async stop() {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse) {
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${crypto.randomUUID()}` });
      res.end(JSON.stringify(data));
    };
    if (!req.headers.authorization?.startsWith("Bearer sk_test_"))
      return json(401, { error: { type: "invalid_request_error", message: "Invalid API key" } });
    if (req.method === "POST" && req.url === "/v1/checkout/sessions") {
      const params = parseForm(body);
      const key = req.headers["idempotency-key"] as string | undefined;
      this.requests.push({ path: req.url, idempotencyKey: key, body: params });
      if (key && this.byKey.has(key)) return json(200, this.sessions.get(this.byKey.get(key)!));
      const id = `cs_test_${crypto.randomBytes(12).toString("hex")}`;
      const items = params.line_items as Record<
        string,
        { quantity: string; price_data: { unit_amount: string; currency: string } }
      >;
      const amount = Object.values(items).reduce(
        (s, li) => s + Number(li.price_data.unit_amount) * Number(li.quantity),
        0,
      );
      const session: FakeSession = {
        id,
        object: "checkout.session",
        mode: String(params.mode),
        url: `https://checkout.stripe.test/c/pay/${id}`,
        client_reference_id: (params.client_reference_id as string) ?? null,
        customer_email: (params.customer_email as string) ?? null,
        metadata: (params.metadata as Record<string, string>) ?? {},
        amount_total: amount,
        currency: Object.values(items)[0].price_data.currency,
        payment_status: "unpaid",
        status: "open",
        payment_intent: null,
        invoice: null,
        expires_at: Math.floor(Date.now() / 1000) + 24 * 3600,
        success_url: String(params.success_url),
        invoice_creation: { enabled: (params.invoice_creation as { enabled?: string })?.enabled === "true" },
      };
      this.sessions.set(id, session);
      if (key) this.byKey.set(key, id);
      return json(200, session);
    }
    json(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${req.url})` },
    });
  }

  /** The event Stripe sends for `type`, with the session as it would then be. */
  event(type: string, sessionId: string, change: Partial<FakeSession> = {}, createdOffsetSeconds = 0) {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const object = { ...session, ...change };
    return {
      id: `evt_${crypto.randomBytes(12).toString("hex")}`,
      object: "event",
      api_version: "2026-10-28.endive",
      created: Math.floor(Date.now() / 1000) + createdOffsetSeconds,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    };
  }

  /** A card payment: completed and paid, with its payment intent and invoice. */
  paid(sessionId: string) {
    return this.event("checkout.session.completed", sessionId, {
      status: "complete",
      payment_status: "paid",
      payment_intent: `pi_${sessionId.slice(-8)}`,
      invoice: `in_${sessionId.slice(-8)}`,
    });
  }
}

/** Signs a payload the way Stripe does; the route verifies it with constructEvent. */
export function signedRequest(url: string, event: unknown, secret: string, opts: { badSignature?: boolean } = {}) {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: opts.badSignature ? "whsec_wrong" : secret,
  });
  return new Request(url, {
    method: "POST",
    body: payload,
    headers: { "content-type": "application/json", "stripe-signature": header },
  });
}
