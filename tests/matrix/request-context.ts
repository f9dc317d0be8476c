// A stand-in for next/headers in action tests: the cookie jar holds the persona's real
// session token, so actions resolve the actor through the real session code.
import { SESSION_COOKIE } from "@/lib/auth/cookies";

const state: { token: string | null; ip: string } = { token: null, ip: "198.51.100.1" };

export function setRequestSession(token: string | null, ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`) {
  state.token = token;
  state.ip = ip;
}

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (name === SESSION_COOKIE && state.token ? { name, value: state.token } : undefined),
    has: (name: string) => name === SESSION_COOKIE && Boolean(state.token),
    set: () => undefined,
    delete: () => {
      state.token = null;
    },
  }),
  headers: async () => new Headers({ "x-forwarded-for": state.ip }),
};
