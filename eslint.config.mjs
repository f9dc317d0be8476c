import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import portal from "./tools/eslint-plugin-portal/index.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["app/**", "lib/**", "components/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from lib/env.ts." },
      ],
    },
  },
  // The service contract (README "Architecture"): one verb per file, assertCan first, audit in every writing transaction.
  { files: ["**/*.{ts,tsx,mts}"], plugins: { portal } },
  {
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "scripts/**/*.ts", "commands/**/*.ts"],
    rules: { "portal/audit-in-transaction": "error" },
  },
  {
    files: ["lib/services/**/*.ts"],
    rules: { "portal/one-verb-per-file": "error", "portal/assert-can-first": "error" },
  },
  {
    // One query boundary: raw SQL (and the pg driver) only in lib/db.ts and lib/db/queries/, each statement with a
    // checked result shape. Migrations, the Prisma CLI's config and tests may speak SQL directly; so may the
    // benchmarks: they seed a million rows in bulk (COPY-like INSERT … SELECT, indexes dropped and rebuilt) and read
    // back sessions and stored counts in their own throw-away database, which no query of the product should do.
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    plugins: { portal },
    ignores: [
      "lib/db.ts",
      "lib/db/**",
      "prisma/migrations/**",
      "prisma.config.ts",
      "tests/**",
      "scripts/bench/**",
      "scripts/bench-*.ts",
    ],
    rules: { "portal/no-raw-sql": "error" },
  },
  {
    // transaction steps run only inside the verb that authorized and audits them
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/services/*/internal/*"], message: "Call the service's verb, not its steps." }] },
      ],
    },
  },
];

export default config;
