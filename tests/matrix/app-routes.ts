// Lists the routes and server actions that exist in app/, for the completeness checks.
import fs from "node:fs";
import path from "node:path";

const APP = path.resolve("app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

export function appRoutes(): string[] {
  return walk(APP)
    .filter((f) => /\/(page|route)\.tsx?$/.test(f))
    .map((f) => {
      const segments = path
        .relative(APP, path.dirname(f))
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

/** "file#export" for every exported function of every "use server" module under app/ and lib/. */
export function serverActions(): string[] {
  const files = [...walk(APP), ...walk(path.resolve("lib"))].filter(
    (f) => /\.tsx?$/.test(f) && !f.includes("/generated/"),
  );
  return files
    .filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")))
    .flatMap((f) => {
      const src = fs.readFileSync(f, "utf8");
      const names = [...src.matchAll(/export\s+(?:async\s+function|const|function)\s+(\w+)/g)].map((m) => m[1]);
      return names.map((n) => `${path.relative(process.cwd(), f)}#${n}`);
    })
    .sort();
}
