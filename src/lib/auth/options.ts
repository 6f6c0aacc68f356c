import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { findUserForSignIn } from "@/lib/users/actor-query";
import { anyBlocked, clearFailures, recordFailure, throttleKeys } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import { SIGN_IN_ERRORS, ZSignIn } from "./sign-in-schema";

function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. `npm start` generates one for the demo; a production run must set it.",
    );
  }
  return secret;
}

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0]!.trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" ? real : null;
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/logga-in", error: "/logga-in" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const keys = throttleKeys(email, clientAddress(req?.headers));

        if (await anyBlocked(keys)) throw new Error(SIGN_IN_ERRORS.throttled);

        const user = await findUserForSignIn(email);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !user.active || !ok) {
          await recordFailure(keys);
          return null;
        }
        await clearFailures(email);
        await recordAudit({ userId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
