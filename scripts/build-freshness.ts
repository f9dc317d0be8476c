// Whether a Next.js build directory is older than the sources it was built from. The Prisma client in lib/generated
// is left out: `prisma generate` rewrites it on every start, and it changes only when prisma/schema/ does, which is
// an input.
import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "lib", "components", "public", "prisma/schema"];
const SOURCE_FILES = ["package.json", "package-lock.json", "tsconfig.json", "next.config.ts", "proxy.ts"];
const SKIPPED = new Set([path.resolve("lib/generated")]);

/** The newest modification time (ms) of the files under `dir`, skipping dot files, node_modules and SKIPPED. */
function newestMtime(dir: string): number {
  if (!fs.existsSync(dir) || SKIPPED.has(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** True when `distDir` has no finished build, or a source file changed after its BUILD_ID was written. */
export function buildIsStale(distDir = ".next"): boolean {
  const buildId = path.resolve(distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const inputs = SOURCE_DIRS.map((d) => newestMtime(path.resolve(d)));
  for (const f of SOURCE_FILES) inputs.push(fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
  for (const f of fs.readdirSync(".")) if (/^postcss\.config\./.test(f)) inputs.push(fs.statSync(f).mtimeMs);
  return Math.max(...inputs) > built;
}
