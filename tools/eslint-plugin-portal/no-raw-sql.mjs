// portal/no-raw-sql: Prisma models for ordinary reads and writes; every raw statement lives in lib/db/queries/, one
// file per topic, each with a zod-checked result. Elsewhere this rule refuses the raw-SQL APIs: the client's
// $queryRaw/$executeRaw (and their Unsafe forms), Prisma.sql/raw/join fragments, the `sql` statement runner,
// and the `pg` driver itself. The config says where the rule does not apply (lib/db.ts, lib/db/**, migrations…).

const RAW_METHODS = new Set(["$queryRaw", "$queryRawUnsafe", "$executeRaw", "$executeRawUnsafe"]);
const PRISMA_FRAGMENTS = new Set(["sql", "raw", "join"]);
const PG_MODULES = new Set(["pg", "pg-pool", "postgres"]);
const isDbModule = (source) => /(^|\/)lib\/db(\/queries\/statement(\.ts)?)?$/.test(source);

const propertyName = (m) =>
  !m.computed && m.property.type === "Identifier"
    ? m.property.name
    : m.property.type === "Literal" && typeof m.property.value === "string"
      ? m.property.value
      : null;

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Raw SQL only in lib/db/queries/" },
    schema: [],
    messages: {
      raw: "`{{what}}` is raw SQL: write the statement in lib/db/queries/ (a typed, zod-checked result) and call that, or use the Prisma model API.",
      driver:
        "The `{{what}}` driver is the database pool's business (lib/db.ts): write the statement in lib/db/queries/ and call that.",
    },
  },
  create(context) {
    const driver = (node, what) => context.report({ node, messageId: "driver", data: { what } });
    const raw = (node, what) => context.report({ node, messageId: "raw", data: { what } });
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (node.importKind === "type") return;
        const values = node.specifiers.filter((s) => s.importKind !== "type");
        if (PG_MODULES.has(source) && (values.length > 0 || node.specifiers.length === 0)) driver(node, source);
        if (isDbModule(source))
          for (const s of node.specifiers)
            if (s.type === "ImportSpecifier" && s.importKind !== "type" && s.imported.name === "sql") raw(s, "sql");
      },
      ImportExpression(node) {
        if (node.source.type === "Literal" && PG_MODULES.has(node.source.value)) driver(node, node.source.value);
      },
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === "Identifier" && node.callee.name === "require" && arg?.type === "Literal")
          if (PG_MODULES.has(arg.value)) driver(node, arg.value);
      },
      MemberExpression(node) {
        const name = propertyName(node);
        if (!name) return;
        if (RAW_METHODS.has(name)) raw(node, name);
        else if (PRISMA_FRAGMENTS.has(name) && node.object.type === "Identifier" && node.object.name === "Prisma")
          raw(node, `Prisma.${name}`);
      },
    };
  },
};

export default rule;
