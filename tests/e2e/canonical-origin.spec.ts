// The production server redirects a request on a host name it does not serve (here 127.0.0.1, while APP_URL says
// localhost) to the configured origin with its path and query, so sign-in never runs on a name its callback leaves;
// the health check answers on any name.
import { expect, test } from "@playwright/test";
import { demoPort } from "./support";

test("a page requested at 127.0.0.1 is redirected to the configured origin; the health check is not", async ({
  request,
}) => {
  const res = await request.get(`http://127.0.0.1:${demoPort}/sign-in?callbackUrl=%2Fmembership&x=1`, {
    maxRedirects: 0,
  });
  expect([307, 308]).toContain(res.status());
  expect(res.headers()["location"]).toBe(`http://localhost:${demoPort}/sign-in?callbackUrl=%2Fmembership&x=1`);

  const own = await request.get(`http://localhost:${demoPort}/sign-in`, { maxRedirects: 0 });
  expect(own.status()).toBe(200);
  const health = await request.get(`http://127.0.0.1:${demoPort}/api/health`, { maxRedirects: 0 });
  expect(health.status()).toBe(200);
});
