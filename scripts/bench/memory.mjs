// Resident memory of a server process and its children, sampled every 200 ms: the overall
// peak, and the peak per phase of the bench.
import { readFileSync, readdirSync } from "node:fs";

export function sampleMemory(pid) {
  let peak = 0;
  let phasePeak = 0;
  const timer = setInterval(() => {
    let total = 0;
    for (const p of processTree(pid)) {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
        if (match) total += Number(match[1]) * 1024;
      } catch {
        // the process ended
      }
    }
    peak = Math.max(peak, total);
    phasePeak = Math.max(phasePeak, total);
  }, 200);
  return {
    stop: () => (clearInterval(timer), peak),
    /** The peak since the last call. */
    phase: () => {
      const value = phasePeak;
      phasePeak = 0;
      return value;
    },
  };
}

export const mb = (bytes) => Math.round(bytes / 1024 / 1024);

function processTree(pid) {
  const pids = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
        if (pids.has(ppid) && !pids.has(Number(entry))) {
          pids.add(Number(entry));
          grew = true;
        }
      } catch {
        // the process ended
      }
    }
  }
  return [...pids];
}
