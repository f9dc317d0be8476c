// The one place that reads process.env. Optional integrations left unset turn their
// features off (visibly, in the UI), never crash the app.
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "true");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional,
  /** Set by scripts/start.ts when it started the embedded PostgreSQL. */
  PORTAL_EMBEDDED_DB: flag,
  /** Explicitly turns demo mode on (mailbox page, persona list) on any database. */
  PORTAL_DEMO: flag,
  APP_URL: optional,
  PORT: optional,
  /** The production server (server/serve.ts): the address it listens on, and how many worker processes it runs. */
  HOSTNAME: optional,
  PORTAL_WORKERS: optional
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number("PORTAL_WORKERS must be a number.").int().min(1).max(64).optional()),
  NEXTAUTH_SECRET: optional,
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("CRCOG IT Services Cooperative <no-reply@coop-portal.local>"),
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  /** Points the Stripe SDK at a local fake in tests, e.g. http://127.0.0.1:12111 */
  STRIPE_API_BASE: optional,
  ENTRA_CLIENT_ID: optional,
  ENTRA_CLIENT_SECRET: optional,
  /** "organizations" (any work account, filtered by each organization's allow-list) or one tenant id. */
  ENTRA_TENANT: z.string().default("organizations"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  SIGNIN_RATE_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGNIN_RATE_PER_IP: z.coerce.number().int().positive().default(30),
  /** How many proxies of ours stand in front of the app; 0 (default): X-Forwarded-For is ignored, the socket counts. */
  TRUSTED_PROXY_HOPS: z.coerce.number("TRUSTED_PROXY_HOPS must be a number.").int().min(0).max(10).default(0),
  /** Set by server/serve.ts for its workers: the client-address header on each request is the server's own. */
  PORTAL_SOCKET_ADDRESS_HEADER: flag,
});

const parsed = EnvSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}
const raw = parsed.data;

const port = raw.PORT ?? "3000";
const isProduction = raw.NODE_ENV === "production";

export const env = {
  ...raw,
  isProduction,
  appUrl: raw.APP_URL ?? `http://localhost:${port}`,
  /** Demo mode: embedded database or an explicit flag, never otherwise. */
  demoMode: raw.PORTAL_EMBEDDED_DB || raw.PORTAL_DEMO,
  /** Read lazily, so a build without secrets works; a production server without one fails loudly. */
  get authSecret(): string {
    return raw.NEXTAUTH_SECRET ?? devSecret();
  },
  stripeEnabled: Boolean(raw.STRIPE_SECRET_KEY),
  entraEnabled: Boolean(raw.ENTRA_CLIENT_ID && raw.ENTRA_CLIENT_SECRET),
};

// next-auth reads its base URL from the environment itself.
process.env.NEXTAUTH_URL ??= env.appUrl;

function devSecret() {
  // A fixed secret is acceptable only for the local demo; production must set one.
  if (isProduction && !(raw.PORTAL_EMBEDDED_DB || raw.PORTAL_DEMO)) {
    throw new Error("NEXTAUTH_SECRET must be set in production (openssl rand -base64 32).");
  }
  return "coop-portal-local-demo-secret-not-for-production";
}
