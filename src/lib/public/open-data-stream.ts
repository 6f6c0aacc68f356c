import { CSV_BOM, csvLines } from "./open-data-csv";
import type { OpenDataPromise } from "./promises";

/**
 * The open-data files written while they are read: each batch of promises is turned into
 * text and handed to the client before the next batch is read from the database, so the
 * whole country never lies in memory at once, neither as rows nor as text.
 */

type Batches = AsyncIterable<OpenDataPromise[]>;

/** The JSON document `{"version":1,"generated_at":…,"promises":[…]}`, byte for byte what JSON.stringify would give. */
export async function* openDataJson(batches: Batches, generatedAt: string): AsyncGenerator<string> {
  yield `{"version":1,"generated_at":${JSON.stringify(generatedAt)},"promises":[`;
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield (first ? "" : ",") + batch.map((p) => JSON.stringify(p)).join(",");
    first = false;
  }
  yield "]}";
}

/** The CSV file: byte-order mark and header, then one row per activity. */
export async function* openDataCsv(batches: Batches): AsyncGenerator<string> {
  yield CSV_BOM + csvLines([], true);
  for await (const batch of batches) {
    const lines = csvLines(batch, false);
    if (lines) yield lines;
  }
}

/** A byte stream that asks for the next piece only when the client has taken the previous one. */
export function textStream(pieces: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // The status line has gone out already: all that is left is to break off the body.
        console.error("The open-data export failed while streaming", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

/** The batches of a list that is already whole (one municipality's cached rows). */
export async function* oneBatch(promises: OpenDataPromise[]): AsyncGenerator<OpenDataPromise[]> {
  yield promises;
}
