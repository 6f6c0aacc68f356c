import { z } from "zod";

/**
 * The portal's configuration, read once from the environment.
 * `PORTAL_ENV=production` marks a real deployment: secrets become mandatory and the
 * demo seed refuses to run. Anything else is the demo, which generates what it lacks.
 */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().default("data/pglite"),
  PORTAL_ENV: z.enum(["demo", "production"]).default("demo"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
});

export type PortalEnv = z.infer<typeof EnvSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): PortalEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment for Samverkansportalen:\n${problems}`);
  }
  const env = parsed.data;
  if (env.PORTAL_ENV === "production") {
    const missing = (["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"] as const).filter((k) => !env[k]);
    if (missing.length > 0) {
      throw new Error(
        `PORTAL_ENV=production requires ${missing.join(", ")}. ` +
          "Set them in the environment (see README, 'Environment variables').",
      );
    }
  }
  return env;
}
