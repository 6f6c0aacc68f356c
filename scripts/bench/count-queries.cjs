// Preloaded into the portal's server by `npm run bench` (node --require), never by `npm start`:
// counts the statements the server sends to PostgreSQL, so the bench can print queries per
// request without a hook in the portal. Every Prisma and raw query passes through
// pg.Client#query (pg is not bundled: serverExternalPackages in next.config.mjs), the same
// place tests/integration/scale.test.ts counts. The count is read over HTTP on loopback.
const http = require("node:http");
const pg = require("pg");

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements++;
  return query.apply(this, args);
};

const port = Number(process.env.BENCH_QUERY_COUNTER_PORT);
if (port) {
  const server = http.createServer((_, response) => response.end(String(statements)));
  // A process of the server that did not get the port counts nothing the bench reads; the
  // bench checks that the count moves.
  server.on("error", () => undefined);
  server.listen(port, "127.0.0.1");
  server.unref();
}
