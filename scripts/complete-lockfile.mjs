// Completes package-lock.json with the other platforms' optional binaries (next's SWC,
// tailwind's oxide, …). The registry mirror these machines reach does not carry them, so
// `npm install` leaves them out, and `npm ci` then refuses the lock as out of sync. We
// record each missing one as optional and restricted to its platform (read from its
// name), so npm ci on any machine skips the ones that are not for it. Run after changing
// dependencies: `npm install && node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;

const OS = ["darwin", "linux", "win32", "freebsd", "android", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPU = ["arm64", "x64", "ia32", "arm", "riscv64", "ppc64", "s390x", "loong64", "wasm32", "mips64el"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p)) ?? (parts.includes("wasi") || parts.includes("wasm32") ? undefined : null);
  const cpu = parts.find((p) => CPU.includes(p) || p === "wasm32");
  const libc = parts.includes("musl") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [where, info] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(info.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ""}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[nested] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (os === null) continue; // not a platform binary: leave it to npm
    const entry = { version, optional: true };
    if (cpu === "wasm32") entry.cpu = ["wasm32"];
    else {
      if (os) entry.os = [os];
      if (cpu) entry.cpu = [cpu];
      if (libc) entry.libc = [libc];
    }
    packages[hoisted] = entry;
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform packages recorded.`);
