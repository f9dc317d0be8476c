// The portal's own lint rules: the service contract, enforced (README "Architecture", "The service contract").
import assertCanFirst from "./assert-can-first.mjs";
import auditInTransaction from "./audit-in-transaction.mjs";
import oneVerbPerFile from "./one-verb-per-file.mjs";

const plugin = {
  meta: { name: "eslint-plugin-portal", version: "1.0.0" },
  rules: {
    "one-verb-per-file": oneVerbPerFile,
    "assert-can-first": assertCanFirst,
    "audit-in-transaction": auditInTransaction,
  },
};

export default plugin;
