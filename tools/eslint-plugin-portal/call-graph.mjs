// Follows calls across modules (TypeScript's parser, no type checking) to answer two questions about a function:
// does it, or anything it calls, record an audit event? does it write? Used by the transaction rule.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { CLIENT_WRITES, WRITE_METHODS, WRITING_HELPERS } from "./service-files.mjs";

const cache = new Map(); // file -> { text, functions }

function projectRoot(file) {
  for (let d = path.dirname(file); d !== path.dirname(d); d = path.dirname(d))
    if (fs.existsSync(path.join(d, "tsconfig.json"))) return d;
  return process.cwd();
}

/** The file an import specifier names ("@/…" from the project root, or relative); null for packages. */
export function resolveModule(fromFile, spec) {
  let base;
  if (spec.startsWith("@/")) base = path.join(projectRoot(fromFile), spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
}

function analyse(file, text) {
  const hit = cache.get(file);
  if (hit && hit.text === text) return hit.functions;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports = new Map();
  const bodies = new Map();
  for (const st of sf.statements) {
    if (
      ts.isImportDeclaration(st) &&
      st.importClause?.namedBindings &&
      ts.isNamedImports(st.importClause.namedBindings)
    ) {
      const from = resolveModule(file, st.moduleSpecifier.text);
      for (const el of st.importClause.namedBindings.elements)
        if (from) imports.set(el.name.text, { file: from, name: (el.propertyName ?? el.name).text });
    }
    if (ts.isFunctionDeclaration(st) && st.name && st.body) bodies.set(st.name.text, st.body);
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (
          ts.isIdentifier(d.name) &&
          d.initializer &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
        )
          bodies.set(d.name.text, d.initializer.body);
  }
  const functions = new Map();
  for (const [name, body] of bodies) {
    const facts = { audits: false, writes: false, calls: [] };
    const visit = (n) => {
      if (ts.isCallExpression(n)) {
        const c = n.expression;
        if (ts.isIdentifier(c)) {
          if (c.text === "recordAudit") facts.audits = facts.writes = true;
          else if (WRITING_HELPERS.has(c.text)) facts.writes = true;
          else if (bodies.has(c.text)) facts.calls.push({ file, name: c.text });
          else if (imports.has(c.text)) facts.calls.push(imports.get(c.text));
        } else if (ts.isPropertyAccessExpression(c)) {
          const m = c.name.text;
          if (CLIENT_WRITES.has(m) || (WRITE_METHODS.has(m) && ts.isPropertyAccessExpression(c.expression)))
            facts.writes = true;
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(body);
    functions.set(name, facts);
  }
  cache.set(file, { text, functions });
  return functions;
}

function factsOf(file, name, text) {
  try {
    return analyse(file, text ?? fs.readFileSync(file, "utf8")).get(name) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether function `name` of `file` (or what it calls, a few modules deep) has the property `key`
 * ("audits" or "writes"). `text` is the file's current text when it is the one being linted.
 * An import that cannot be followed counts as writing and not auditing.
 */
export function reaches(file, name, key, text, depth = 5, seen = new Set()) {
  const id = `${file}#${name}`;
  if (seen.has(id) || depth < 0) return false;
  seen.add(id);
  const facts = factsOf(file, name, text);
  if (!facts) return key === "writes";
  if (facts[key]) return true;
  return facts.calls.some((c) => reaches(c.file, c.name, key, c.file === file ? text : undefined, depth - 1, seen));
}

/**
 * Where a function called by name in the linted file is defined: this file, a module it imports, or null
 * (a package, a global, a parameter).
 */
export function resolveCallee(file, text, name) {
  if (analyse(file, text).has(name)) return { file, name };
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  for (const st of sf.statements)
    if (
      ts.isImportDeclaration(st) &&
      st.importClause?.namedBindings &&
      ts.isNamedImports(st.importClause.namedBindings)
    )
      for (const el of st.importClause.namedBindings.elements)
        if (el.name.text === name) {
          const from = resolveModule(file, st.moduleSpecifier.text);
          return from ? { file: from, name: (el.propertyName ?? el.name).text } : null;
        }
  return null;
}
