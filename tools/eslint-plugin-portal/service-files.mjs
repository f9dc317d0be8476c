// What the portal's lint rules know about service files: which kind a file is, and what counts as a write.
import path from "node:path";

/** Prisma model methods that change rows. */
export const WRITE_METHODS = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);
/** Client methods that write (or open a transaction that does). */
export const CLIENT_WRITES = new Set(["$transaction", "$executeRaw", "$executeRawUnsafe"]);
/** Helpers that write rows of their own (the audit trail, the email outbox). */
export const WRITING_HELPERS = new Set(["recordAudit", "queueEmails"]);

/**
 * The kind of a file under lib/services/<entity>/: "rules" (rules.ts, or <topic>-rules.ts once one file would grow
 * past 200 lines: pure), "schemas" (schemas.ts, zod), "internal" (internal/*: steps run inside a verb's transaction),
 * "verb" (anything else), or null outside.
 */
export function serviceFileKind(filename) {
  const m = /(?:^|\/)lib\/services\/[^/]+\/(.+)\.(?:ts|tsx|mts|js|mjs)$/.exec(filename.split(path.sep).join("/"));
  if (!m) return null;
  if (m[1] === "rules" || /^[a-z0-9-]+-rules$/.test(m[1])) return "rules";
  if (m[1] === "schemas") return "schemas";
  if (m[1].startsWith("internal/")) return "internal";
  return "verb";
}

/** The callee's name for `f()`, `a.b.f()`, `f<T>()`; null otherwise. */
export function calleeName(call) {
  const c = call.callee;
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression" && !c.computed && c.property.type === "Identifier") return c.property.name;
  return null;
}

/** The identifier a member chain starts from: `db` for `db.user.create`, null for calls and `this`. */
export function rootOf(node) {
  let n = node;
  while (n.type === "MemberExpression") n = n.object;
  return n.type === "Identifier" ? n.name : null;
}

/** True for `x.model.create(...)`-style writes, `x.$transaction(...)`, raw executes and the writing helpers. */
export function isWriteCall(call) {
  const name = calleeName(call);
  if (!name) return false;
  if (call.callee.type === "Identifier") return WRITING_HELPERS.has(name);
  if (CLIENT_WRITES.has(name)) return true;
  return WRITE_METHODS.has(name) && call.callee.object.type === "MemberExpression";
}

/** Every CallExpression under `node` (nested functions included), in source order. */
export function callsIn(node, visitorKeys) {
  const out = [];
  const walk = (n) => {
    if (!n || typeof n.type !== "string") return;
    if (n.type === "CallExpression") out.push(n);
    for (const key of visitorKeys[n.type] ?? []) {
      const child = n[key];
      if (Array.isArray(child)) child.forEach(walk);
      else walk(child);
    }
  };
  walk(node);
  return out;
}

/** Exported functions of a program: `export function f`, `export const f = () => …`, with their names. */
export function exportedFunctions(program) {
  const out = [];
  for (const st of program.body) {
    if (st.type !== "ExportNamedDeclaration" || !st.declaration) continue;
    const d = st.declaration;
    if (d.type === "FunctionDeclaration" && d.id) out.push({ name: d.id.name, fn: d, node: d.id });
    if (d.type === "VariableDeclaration")
      for (const v of d.declarations) {
        const init = v.init;
        if (init && (init.type === "ArrowFunctionExpression" || init.type === "FunctionExpression"))
          out.push({ name: v.id.name, fn: init, node: v.id });
      }
  }
  return out;
}
