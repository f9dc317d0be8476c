// The portal's own lint rules: the service contract, enforced (README "Architecture", "The service contract"), and
// raw SQL kept in its one folder (lib/db/queries/).
import assertCanFirst from "./assert-can-first.mjs";
import auditInTransaction from "./audit-in-transaction.mjs";
import noRawSql from "./no-raw-sql.mjs";
import oneVerbPerFile from "./one-verb-per-file.mjs";

const plugin = {
  meta: { name: "eslint-plugin-portal", version: "1.0.0" },
  rules: {
    "one-verb-per-file": oneVerbPerFile,
    "assert-can-first": assertCanFirst,
    "audit-in-transaction": auditInTransaction,
    "no-raw-sql": noRawSql,
  },
};

export default plugin;
