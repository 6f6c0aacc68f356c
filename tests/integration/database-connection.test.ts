import { describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db/open";
import { createScratchDatabase, withClient } from "./helpers/databases";

describe("the portal's database connections", () => {
  it("outlive the server ending an idle one (a restart, a dropped backend): the next query gets a new connection", async () => {
    const scratch = await createScratchDatabase();
    const database = await openDatabase({ databaseUrl: scratch.url });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await database.sql.query("SELECT 1");
      // The pooled connection is idle now; PostgreSQL ends it as a restart would.
      await withClient(scratch.url, (client) =>
        client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"),
      );
      await vi.waitFor(() => expect(logged).toHaveBeenCalled());
      expect(await database.sql.query<{ n: number }>("SELECT 1 AS n")).toEqual([{ n: 1 }]);
    } finally {
      logged.mockRestore();
      await database.close();
      await scratch.drop();
    }
  });
});
