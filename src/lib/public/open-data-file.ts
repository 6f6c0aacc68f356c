import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { cachedIndex } from "./cache-tags";

/**
 * The whole country's open data as files on disk, written once per change instead of once per
 * download: a harvester, or ten at once, then reads a finished file, and the database is
 * read again only after something public has changed somewhere.
 *
 * The file's name carries a generation token cached under the tag that any municipality's
 * change expires (on this instance and, by NOTIFY, on the others), so a change makes the next
 * download write a new file. The token is the file's ETag as well.
 */

const DIRECTORY = join(/* turbopackIgnore: true */ process.cwd(), ".next", "cache", "open-data");

const generation = cachedIndex(async () => randomUUID(), "open-data-generation");

/** Files being written on this instance: a download that arrives meanwhile waits for the same one. */
const writing = new Map<string, Promise<void>>();

export type OpenDataFormat = "json" | "csv";

/**
 * The whole country's file of `format` as a response: 304 when the client has this generation
 * already, else the file, written from `pieces` first when this generation has none yet.
 */
export async function countryFileResponse(
  request: Request,
  format: OpenDataFormat,
  pieces: () => AsyncIterable<string>,
  headers: Record<string, string>,
  directory = DIRECTORY,
): Promise<Response> {
  const token = await generation();
  const etag = `"${token}-${format}"`;
  // Shared caches ask again every time (a 304 costs nothing), so a change is never served stale.
  const common = { ...headers, "Cache-Control": "public, no-cache", ETag: etag };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  const file = await openWritten(directory, join(directory, `promises-${token}.${format}`), format, pieces);
  const { size } = await file.stat();
  const body = Readable.toWeb(file.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...common, "Content-Length": String(size) } });
}

/** If-None-Match as RFC 9110 reads it: "*", or a list of tags compared weakly (W/"x" matches "x"). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Opened at once, so that a newer generation removing the file cannot cut off this download. */
async function openWritten(directory: string, path: string, format: OpenDataFormat, pieces: () => AsyncIterable<string>): Promise<FileHandle> {
  try {
    return await open(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  let pending = writing.get(path);
  if (!pending) {
    pending = write(directory, path, format, pieces).finally(() => writing.delete(path));
    writing.set(path, pending);
  }
  await pending;
  return open(path);
}

async function write(directory: string, path: string, format: OpenDataFormat, pieces: () => AsyncIterable<string>) {
  await mkdir(directory, { recursive: true });
  // Written beside and renamed: a reader never sees half a file, and a failure leaves none.
  const partial = `${path}.${randomUUID()}.partial`;
  try {
    await pipeline(Readable.from(pieces()), createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await removeOlder(directory, format, path);
}

/** Earlier generations' files of the format; one being read still reads to its end (POSIX keeps an open file). */
async function removeOlder(directory: string, format: OpenDataFormat, current: string) {
  const names = await readdir(directory).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith(`.${format}`) && join(directory, name) !== current);
  await Promise.all(stale.map((name) => rm(join(directory, name), { force: true })));
}
