// portal/one-verb-per-file: a service verb file exports one function (types may ride along);
// rules.ts and schemas.ts beside it may export many things but never touch the database.
import path from "node:path";
import { serviceFileKind } from "./service-files.mjs";

const isDb = (source) => source === "@/lib/db" || /(^|\/)db$/.test(source);

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "suggestion",
    docs: { description: "One exported verb per service file; rules.ts and schemas.ts stay pure" },
    schema: [],
    messages: {
      extra:
        "A service file exports one verb: move `{{name}}` to its own file (pure rules go to rules.ts, zod schemas to schemas.ts, transaction steps to internal/).",
      notFunction: "A service file exports its verb, a function: move `{{name}}` to rules.ts or schemas.ts.",
      impure: "{{file}} holds pure rules or schemas: it does not import the database.",
    },
  },
  create(context) {
    const kind = serviceFileKind(context.filename);
    if (!kind || kind === "internal") return {};
    if (kind === "rules" || kind === "schemas")
      return {
        ImportDeclaration(node) {
          if (node.importKind !== "type" && isDb(node.source.value))
            context.report({ node, messageId: "impure", data: { file: path.basename(context.filename) } });
        },
      };
    return {
      Program(program) {
        const values = [];
        for (const st of program.body) {
          if (st.type === "ExportDefaultDeclaration") values.push({ node: st, name: "default", fn: true });
          if (st.type === "ExportAllDeclaration" && st.exportKind !== "type")
            values.push({ node: st, name: "*", fn: false });
          if (st.type !== "ExportNamedDeclaration" || st.exportKind === "type") continue;
          const d = st.declaration;
          if (!d) {
            for (const s of st.specifiers)
              if (s.exportKind !== "type") values.push({ node: s, name: s.exported.name, fn: false });
          } else if (d.type === "FunctionDeclaration") values.push({ node: d.id, name: d.id.name, fn: true });
          else if (d.type === "ClassDeclaration") values.push({ node: d.id, name: d.id.name, fn: false });
          else if (d.type === "VariableDeclaration")
            for (const v of d.declarations) {
              const t = v.init?.type;
              const fn = t === "ArrowFunctionExpression" || t === "FunctionExpression";
              values.push({ node: v.id, name: v.id.name ?? "?", fn });
            }
        }
        let verbs = 0;
        for (const v of values) {
          if (!v.fn) context.report({ node: v.node, messageId: "notFunction", data: { name: v.name } });
          else if (verbs++ > 0) context.report({ node: v.node, messageId: "extra", data: { name: v.name } });
        }
      },
    };
  },
};

export default rule;
