// Session cookie settings, shared by next-auth and our own session reader.
import { env } from "@/lib/env";

/** Secure cookies (and HSTS) whenever the portal is served over HTTPS, as production is. */
export const secureCookies = env.appUrl.startsWith("https://");
export const SESSION_COOKIE = secureCookies ? "__Secure-portal.session" : "portal.session";
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day
export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;
