// The service contract's lint rules (tools/eslint-plugin-portal), each shown passing and failing on small examples.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RuleTester } from "eslint";
// the parser eslint-config-next/typescript runs on every .ts file of the project
import tsParser from "@typescript-eslint/parser";
import { afterAll, describe, it } from "vitest";
import portal from "@/tools/eslint-plugin-portal/index.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 2024, sourceType: "module" } });
const rules = portal.rules;

const verbFile = "lib/services/things/do-thing.ts";
const HEADER = 'import { db } from "@/lib/db";\nimport { assertCan } from "@/lib/authz/assert";\n';

tester.run("one-verb-per-file", rules["one-verb-per-file"], {
  valid: [
    { filename: verbFile, code: `${HEADER}export type Thing = { id: string };\nexport async function doThing() {}` },
    {
      filename: "lib/services/things/rules.ts",
      code: "export const A = 1;\nexport function b() {}\nexport const c = 2;",
    },
    { filename: "lib/services/things/internal/steps.ts", code: "export function a() {}\nexport function b() {}" },
    // a topic's rules of their own once rules.ts would grow too long
    { filename: "lib/services/things/stage-rules.ts", code: "export const STAGES = [];\nexport function next() {}" },
    { filename: "lib/format.ts", code: "export const a = 1;\nexport function b() {}" },
  ],
  invalid: [
    {
      filename: verbFile,
      code: "export async function doThing() {}\nexport async function undoThing() {}",
      errors: [{ messageId: "extra" }],
    },
    {
      filename: verbFile,
      code: "export const LIMIT = 5;\nexport async function doThing() {}",
      errors: [{ messageId: "notFunction" }],
    },
    { filename: verbFile, code: "const a = 1;\nexport { a };", errors: [{ messageId: "notFunction" }] },
    {
      filename: "lib/services/things/rules.ts",
      code: `${HEADER}export const A = 1;`,
      errors: [{ messageId: "impure" }],
    },
    {
      filename: "lib/services/things/stage-rules.ts",
      code: `${HEADER}export const A = 1;`,
      errors: [{ messageId: "impure" }],
    },
    {
      filename: "lib/services/things/rules-of-thumb.ts",
      code: "export const A = 1;",
      errors: [{ messageId: "notFunction" }],
    },
  ],
});

tester.run("assert-can-first", rules["assert-can-first"], {
  valid: [
    {
      filename: verbFile,
      code: `${HEADER}export async function doThing({ actor, input }) {\n  assertCan(actor, "things.do");\n  return db.thing.create({ data: input });\n}`,
    },
    { filename: verbFile, code: `${HEADER}export async function countThings() {\n  return db.thing.count();\n}` },
    {
      filename: "lib/services/things/internal/steps.ts",
      code: "export async function step(tx, id) {\n  await tx.thing.update({ where: { id }, data: {} });\n}",
    },
    { filename: "lib/services/things/rules.ts", code: "export function visibleTo(actor) {\n  return !!actor;\n}" },
  ],
  invalid: [
    {
      filename: verbFile,
      code: `${HEADER}export async function getThing({ actor, input }) {\n  return db.thing.findUnique({ where: { id: input.id } });\n}`,
      errors: [{ messageId: "actor" }],
    },
    {
      filename: verbFile,
      code: `${HEADER}export async function doThing({ actor, input }) {\n  const id = input.id;\n  assertCan(actor, "things.do");\n  return db.thing.delete({ where: { id } });\n}`,
      errors: [{ messageId: "actor" }],
    },
    {
      filename: verbFile,
      code: `${HEADER}export const purge = async () => {\n  await db.thing.deleteMany({});\n};`,
      errors: [{ messageId: "mutation" }],
    },
    {
      filename: verbFile,
      code: `${HEADER}export async function purge() {\n  await db.$transaction(async (tx) => tx.thing.deleteMany({}));\n}`,
      errors: [{ messageId: "mutation" }],
    },
    {
      filename: "lib/services/things/internal/steps.ts",
      code: `${HEADER}export async function step(tx, id) {\n  await db.thing.update({ where: { id }, data: {} });\n}`,
      errors: [{ messageId: "dbWrite" }],
    },
  ],
});

// Helpers in other modules are followed: a fixture project on disk.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lint-"));
fs.writeFileSync(
  path.join(dir, "steps.ts"),
  [
    'import { recordAudit } from "./audit";',
    "export async function auditedStep(tx: any) {",
    "  await tx.thing.create({ data: {} });",
    "  await recordAudit(tx, { action: 'thing.create' });",
    "}",
    "export async function silentStep(tx: any) {",
    "  await tx.thing.create({ data: {} });",
    "}",
    "export async function readStep(tx: any) {",
    "  return tx.thing.findMany();",
    "}",
  ].join("\n"),
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const inDir = path.join(dir, "verb.ts");
const IMPORTS =
  'import { db } from "@/lib/db";\nimport { recordAudit } from "@/lib/audit";\nimport { auditedStep, silentStep, readStep } from "./steps";\n';

tester.run("audit-in-transaction", rules["audit-in-transaction"], {
  valid: [
    {
      filename: inDir,
      code: `${IMPORTS}export async function f() {\n  await db.$transaction(async (tx) => {\n    await tx.thing.update({ where: { id: "1" }, data: {} });\n    await recordAudit(tx, { action: "thing.update" });\n  });\n}`,
    },
    {
      filename: inDir,
      code: `${IMPORTS}export async function f() {\n  await db.$transaction(async (tx) => auditedStep(tx));\n}`,
    },
    {
      filename: inDir,
      code: `${IMPORTS}export async function f() {\n  await db.$transaction(async (tx) => readStep(tx));\n}`,
    },
    {
      filename: inDir,
      code: `${IMPORTS}async function local(tx) {\n  await tx.a.create({ data: {} });\n  await recordAudit(tx, {});\n}\nexport async function f() {\n  await db.$transaction((tx) => local(tx));\n}`,
    },
  ],
  invalid: [
    {
      filename: inDir,
      code: `${IMPORTS}export async function f() {\n  await db.$transaction(async (tx) => {\n    await tx.thing.update({ where: { id: "1" }, data: {} });\n  });\n}`,
      errors: [{ messageId: "missing" }],
    },
    {
      filename: inDir,
      code: `${IMPORTS}export async function f() {\n  await db.$transaction(async (tx) => silentStep(tx));\n}`,
      errors: [{ messageId: "missing" }],
    },
    {
      filename: inDir,
      code: `${IMPORTS}export async function f() {\n  await db.$transaction([db.a.create({ data: {} }), db.b.delete({ where: { id: "1" } })]);\n}`,
      errors: [{ messageId: "array" }],
    },
  ],
});
