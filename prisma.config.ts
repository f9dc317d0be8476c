// Prisma CLI configuration. Migrate runs on Prisma's WASM schema engine through the pg
// driver adapter, so nothing is downloaded at run time (see README "Database").
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { parse } from "pg-connection-string";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// generate/migrate otherwise try to download a native query engine they no longer use.
if (!process.env.PRISMA_QUERY_ENGINE_LIBRARY) {
  process.env.PRISMA_QUERY_ENGINE_LIBRARY = path.resolve("package.json");
}

// Migrate's introspection reads columns of type "char" (oid 18) and name (oid 19), which
// the adapter cannot deserialize: report them as text (oid 25).
class IntrospectionSafePool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async query(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = await (super.query as any)(...args);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    }
    return result;
  }
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const c = parse(url);
  return {
    host: c.host ?? undefined,
    port: c.port ? Number(c.port) : undefined,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: database ?? c.database ?? undefined,
  };
}

// The stock factory ignores the shadow database name and drops it before closing its pool.
class MigrateAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(new IntrospectionSafePool(poolConfig(url)));
  }
  async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowPool = new IntrospectionSafePool(poolConfig(this.url, database));
    const shadow = await new PrismaPg(shadowPool).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await shadowPool.end().catch(() => undefined);
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
    };
    return shadow;
  }
}

const url = process.env.DATABASE_URL ?? readEmbeddedUrl();

function readEmbeddedUrl() {
  const file = path.resolve(".data/database-url");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "postgresql://localhost:5432/portal";
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new MigrateAdapterFactory(url),
});
