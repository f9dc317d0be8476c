// portal/assert-can-first: a service verb that takes an actor, or that writes, authorizes before anything else:
// its first statement is assertCan(actor, …). A transaction step (internal/) never writes through `db`: only
// through the transaction its verb hands it, so it cannot change rows outside an authorized, audited verb.
import { reaches, resolveCallee } from "./call-graph.mjs";
import { callsIn, calleeName, exportedFunctions, isWriteCall, rootOf, serviceFileKind } from "./service-files.mjs";

function takesActor(fn) {
  const p = fn.params[0];
  if (!p) return false;
  if (p.type === "Identifier") return p.name === "actor";
  const pattern = p.type === "AssignmentPattern" ? p.left : p;
  return (
    pattern.type === "ObjectPattern" &&
    pattern.properties.some((q) => q.type === "Property" && q.key.type === "Identifier" && q.key.name === "actor")
  );
}

function startsWithAssertCan(fn) {
  if (fn.body.type !== "BlockStatement") return false;
  const first = fn.body.body[0];
  if (!first || first.type !== "ExpressionStatement") return false;
  const e = first.expression.type === "AwaitExpression" ? first.expression.argument : first.expression;
  return e.type === "CallExpression" && e.callee.type === "Identifier" && e.callee.name === "assertCan";
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Service verbs call assertCan first; transaction steps write only through tx" },
    schema: [],
    messages: {
      actor: "`{{name}}` takes an actor: its first statement is assertCan(actor, …).",
      mutation:
        "`{{name}}` writes: its first statement is assertCan(actor, …). A write with no signed-in actor (webhook, scheduled job, public form) disables this rule on its line and says why.",
      dbWrite:
        "A transaction step writes only through the transaction its verb gives it (tx), never through `db`: move this write into a verb.",
    },
  },
  create(context) {
    const kind = serviceFileKind(context.filename);
    if (kind !== "verb" && kind !== "internal") return {};
    const keys = context.sourceCode.visitorKeys;
    const file = context.filename;
    const text = context.sourceCode.text;
    /** A call that writes here or in what it calls (followed through this file and its imports). */
    const writes = (call) => {
      if (isWriteCall(call) || calleeName(call) === "$transaction") return true;
      if (call.callee.type !== "Identifier") return false;
      const target = resolveCallee(file, text, call.callee.name);
      return target !== null && reaches(target.file, target.name, "writes", target.file === file ? text : undefined);
    };
    return {
      Program(program) {
        for (const { name, fn, node } of exportedFunctions(program)) {
          const calls = callsIn(fn.body, keys);
          if (kind === "internal") {
            for (const call of calls)
              if (isWriteCall(call) && call.callee.type === "MemberExpression" && rootOf(call.callee) === "db")
                context.report({ node: call, messageId: "dbWrite" });
            continue;
          }
          if (startsWithAssertCan(fn)) continue;
          if (takesActor(fn)) context.report({ node, messageId: "actor", data: { name } });
          else if (calls.some(writes)) context.report({ node, messageId: "mutation", data: { name } });
        }
      },
    };
  },
};

export default rule;
