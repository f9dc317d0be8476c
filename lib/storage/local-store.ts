// Local-disk storage of uploads under UPLOAD_DIR (default .data/uploads). Keys are random, never user input.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

const root = () => path.resolve(env.UPLOAD_DIR);

function pathFor(key: string) {
  if (!/^[a-f0-9]{2}\/[a-f0-9]{32}$/.test(key)) throw new Error("invalid storage key");
  return path.join(root(), key);
}

export async function putObject(bytes: Uint8Array): Promise<string> {
  const id = crypto.randomBytes(16).toString("hex");
  const key = `${id.slice(0, 2)}/${id}`;
  await fs.mkdir(path.dirname(pathFor(key)), { recursive: true });
  await fs.writeFile(pathFor(key), bytes, { flag: "wx" });
  return key;
}

export async function getObject(key: string): Promise<Buffer> {
  return fs.readFile(pathFor(key));
}

export async function deleteObject(key: string): Promise<void> {
  await fs.rm(pathFor(key), { force: true });
}
