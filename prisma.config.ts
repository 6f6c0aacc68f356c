import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate` here (migrations are applied by
// src/lib/db/migrate.ts), so a missing DATABASE_URL must not stop it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
