// Generates the Prisma client offline. The CLI insists on finding its native schema
// engine before `generate`, although generate never calls it; the engine cannot be
// downloaded on machines without access to Prisma's binaries host, so we point it at a
// placeholder that fails loudly if anything ever does call it.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const placeholder = join(root, "node_modules", ".cache", "samverkan", "schema-engine-placeholder");

if (!existsSync(placeholder)) {
  mkdirSync(join(placeholder, ".."), { recursive: true });
  writeFileSync(
    placeholder,
    '#!/bin/sh\necho "The Prisma schema engine is not available offline; migrations run through npm run migrate." >&2\nexit 1\n',
  );
  chmodSync(placeholder, 0o755);
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;

const result = spawnSync(process.execPath, [join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
