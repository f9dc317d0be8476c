// Raw SQL stays in lib/db/queries/: the portal/no-raw-sql rule on small examples, then the project's own config on
// where the rule applies (a page refuses what a query file and the benchmark seed may do).
import path from "node:path";
import { ESLint, RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import portal from "@/tools/eslint-plugin-portal/index.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 2024, sourceType: "module" } });

tester.run("no-raw-sql", portal.rules["no-raw-sql"], {
  valid: [
    'import { db } from "@/lib/db";\nexport const f = () => db.contract.findMany({ where: { status: "PROGRAM" } });',
    'import { searchContracts } from "@/lib/db/queries/catalog";\nexport const f = () => searchContracts({});',
    'import type pg from "pg";\nexport type C = pg.Client;',
    'import { db, type Tx } from "@/lib/db";\nexport const f = (tx: Tx) => db.$transaction(async () => tx);',
    "const sql = (s: string) => s;\nexport const f = () => sql('not a statement');",
  ],
  invalid: [
    { code: 'import { db } from "@/lib/db";\ndb.$queryRaw`SELECT 1`;', errors: [{ messageId: "raw" }] },
    { code: "db.$queryRawUnsafe('SELECT 1');", errors: [{ messageId: "raw" }] },
    { code: "tx.$executeRaw`DELETE FROM x`;", errors: [{ messageId: "raw" }] },
    { code: "db['$executeRawUnsafe']('DELETE FROM x');", errors: [{ messageId: "raw" }] },
    { code: "const q = Prisma.sql`SELECT 1`;", errors: [{ messageId: "raw" }] },
    { code: "const q = Prisma.raw('SELECT 1');", errors: [{ messageId: "raw" }] },
    { code: 'import { sql } from "@/lib/db";', errors: [{ messageId: "raw" }] },
    { code: 'import pg from "pg";', errors: [{ messageId: "driver" }] },
    { code: 'import { Pool } from "pg";', errors: [{ messageId: "driver" }] },
    { code: 'const pg = await import("pg");', errors: [{ messageId: "driver" }] },
    { code: 'const { Client } = require("pg");', errors: [{ messageId: "driver" }] },
  ],
});

describe("eslint.config.mjs: where raw SQL may be written", () => {
  const eslint = new ESLint({ cwd: path.resolve(__dirname, "../..") });
  const broken = [
    'import pg from "pg";',
    'import { db } from "@/lib/db";',
    "export const pool = new pg.Pool();",
    'export const count = () => db.$queryRaw`SELECT count(*) FROM "Contract"`;',
  ].join("\n");
  const rawSqlErrors = async (filePath: string) => {
    const [result] = await eslint.lintText(broken, { filePath });
    return result.messages.filter((m) => m.ruleId === "portal/no-raw-sql").length;
  };

  it("refuses it in services, pages, components and scripts", async () => {
    expect(await rawSqlErrors("lib/services/catalog/search-catalog.ts")).toBe(2);
    expect(await rawSqlErrors("app/(public)/contracts/page.tsx")).toBe(2);
    expect(await rawSqlErrors("components/ui/table.tsx")).toBe(2);
    expect(await rawSqlErrors("scripts/start.ts")).toBe(2);
  }, 60_000);

  it("allows it in lib/db/queries/, the pool, tests and the benchmark seed", async () => {
    expect(await rawSqlErrors("lib/db/queries/catalog.ts")).toBe(0);
    expect(await rawSqlErrors("lib/db.ts")).toBe(0);
    expect(await rawSqlErrors("tests/integration/seed.test.ts")).toBe(0);
    expect(await rawSqlErrors("scripts/bench/catalog-seed.ts")).toBe(0);
  }, 60_000);
});
