// Small helpers shared by the start, test and bench scripts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
export const bin = (name) => join(root, "node_modules", ".bin", name);

export function log(message) {
  console.log(`\x1b[36m[samverkan]\x1b[0m ${message}`);
}

export function fail(message) {
  console.error(`\x1b[31m[samverkan] ${message}\x1b[0m`);
  process.exit(1);
}

/** Runs a command to completion, inheriting output; exits the script if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0 && !options.allowFailure) {
    fail(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
  }
  return result.status ?? 1;
}

export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", ...options });
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** Starts a long-running child that forwards signals and whose exit ends this script. */
export function serve(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "generated") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when the sources are newer than what `paths` were produced from. */
export function isStale(outputPath, inputs) {
  if (!existsSync(outputPath)) return true;
  const built = statSync(outputPath).mtimeMs;
  return inputs.some((input) => newestMtime(join(root, input)) > built);
}

export function ensurePrismaClient() {
  const marker = join(root, "src", "generated", "prisma", "client.ts");
  if (isStale(marker, ["prisma/schema.prisma", "package-lock.json"])) {
    log("Generating the Prisma client …");
    run(process.execPath, [join(root, "scripts", "prisma-generate.mjs")]);
  }
}

export const BUILD_INPUTS = ["src", "public", "prisma/schema.prisma", "next.config.mjs", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

export function ensureBuild(env) {
  if (isStale(join(root, ".next", "BUILD_ID"), BUILD_INPUTS)) {
    log("Building the portal (next build) …");
    run(bin("next"), ["build"], { env });
  }
}

/**
 * Next keeps rendered public pages and cached data in .next between runs. They mirror
 * the database as it was; it may have changed while the server was down (another
 * DATABASE_URL, a reset test database), so every start begins with an empty cache.
 */
export function clearRenderedCache() {
  for (const dir of [join(root, ".next", "server", "route-cache"), join(root, ".next", "cache", "fetch-cache")]) {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where Debian and other distributions put jemalloc (package libjemalloc2). */
const JEMALLOC = ["x86_64-linux-gnu", "aarch64-linux-gnu", ""].map((dir) => join("/usr/lib", dir, "libjemalloc.so.2"));

/**
 * The production server's environment. V8 grows its heap lazily up to a quarter of the
 * machine's memory; a cap keeps the portal's resident memory under 400 MB on a shared host
 * (measured by npm run bench). Set NODE_OPTIONS to choose otherwise.
 *
 * Native memory outside V8's heap (the compiler's zones, pg's and Prisma's buffers, React's
 * render buffers) is malloc'ed and freed in bursts. glibc keeps what it freed in the middle of
 * its heap: about 90 MB stayed resident after the bench's dashboards. jemalloc hands freed pages
 * back within seconds, so the server runs on it when it is installed (set LD_PRELOAD to choose);
 * without it, two glibc arenas at least keep threads from each holding their own.
 */
export function serverEnv(env) {
  const jemalloc = env.LD_PRELOAD === undefined ? JEMALLOC.find((path) => existsSync(path)) : undefined;
  return {
    ...env,
    NODE_ENV: "production",
    NODE_OPTIONS: env.NODE_OPTIONS ?? "--max-old-space-size=256",
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
    ...(jemalloc ? { LD_PRELOAD: jemalloc } : {}),
  };
}
