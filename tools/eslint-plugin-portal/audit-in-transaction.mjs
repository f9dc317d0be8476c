// portal/audit-in-transaction: a transaction that writes records its audit event inside it, with
// recordAudit(tx, …) in the callback or in a function the callback calls (followed across modules).
import { reaches, resolveCallee } from "./call-graph.mjs";
import { callsIn, isWriteCall } from "./service-files.mjs";

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "A transaction that writes calls recordAudit inside it" },
    schema: [],
    messages: {
      missing: "This transaction writes without recording an audit event: call recordAudit(tx, …) inside it.",
      array: "A transaction that writes takes a callback, so that recordAudit(tx, …) runs inside it.",
    },
  },
  create(context) {
    const file = context.filename;
    const text = context.sourceCode.text;
    const keys = context.sourceCode.visitorKeys;
    const follows = (name, key) => {
      const t = resolveCallee(file, text, name);
      return t !== null && reaches(t.file, t.name, key, t.file === file ? text : undefined);
    };
    return {
      CallExpression(node) {
        const c = node.callee;
        if (c.type !== "MemberExpression" || c.computed || c.property.name !== "$transaction") return;
        const arg = node.arguments[0];
        if (!arg) return;
        if (arg.type === "ArrayExpression") {
          if (callsIn(arg, keys).some(isWriteCall)) context.report({ node, messageId: "array" });
          return;
        }
        if (arg.type !== "ArrowFunctionExpression" && arg.type !== "FunctionExpression") return;
        const tx = arg.params[0]?.type === "Identifier" ? arg.params[0].name : null;
        const calls = callsIn(arg.body, keys);
        const named = calls.filter((k) => k.callee.type === "Identifier");
        if (named.some((k) => k.callee.name === "recordAudit" || follows(k.callee.name, "audits"))) return;
        const passesTx = (k) => tx && k.arguments.some((a) => a.type === "Identifier" && a.name === tx);
        const writes = calls.some(isWriteCall) || named.some((k) => passesTx(k) && follows(k.callee.name, "writes"));
        if (writes) context.report({ node, messageId: "missing" });
      },
    };
  },
};

export default rule;
