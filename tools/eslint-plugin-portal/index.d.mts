// Types for the plugin's entry point, so TypeScript tests can import it.
import type { ESLint, Rule } from "eslint";

declare const plugin: ESLint.Plugin & {
  rules: Record<"one-verb-per-file" | "assert-can-first" | "audit-in-transaction" | "no-raw-sql", Rule.RuleModule>;
};
export default plugin;
