// Whether a Next build directory is older than the sources it was built from.
import fs from "node:fs";
import path from "node:path";

function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function buildIsStale(distDir = ".next") {
  const buildId = path.resolve(distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const inputs = ["app", "lib", "components", "public"].map((d) => newestMtime(path.resolve(d)));
  for (const f of ["package.json", "next.config.ts", "proxy.ts", "postcss.config.mjs"])
    inputs.push(fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
  return Math.max(...inputs) > built;
}
