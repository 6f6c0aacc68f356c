import type { NextAuthOptions, Session } from "next-auth";
import { rememberLocale } from "@/lib/i18n/remember";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { publicUrlIsHttps } from "@/lib/security/headers";
import { findUserForSignIn } from "@/lib/users/actor-query";
import { endSessionsFrom } from "@/lib/users/sessions";
import { safeRedirect } from "./callback-url";
import { clientAddressFromHeaders } from "./client-address";
import { admitAttempt, attemptSucceeded, hashAddress, throttleKeys } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import { authSecret, keyedHash } from "./secret";
import { SIGN_IN_ERRORS, ZSignIn } from "./sign-in-schema";

/** What the session callback adds: who, and which of their sessions (see sessions.ts). */
export type PortalSession = Session & { userId: string; sessionVersion: number };

type FailureReason = "unknownAccount" | "inactive" | "wrongPassword";

/** A failed sign-in in the audit log: the account (or a keyed hash of what was typed), a keyed hash of the address, never the password. */
async function recordFailedSignIn(email: string, userId: string | null, address: string | null, reason: FailureReason) {
  await recordAudit({
    userId: null,
    action: "auth.signInFailed",
    entityType: "User",
    entityId: userId ?? `unknown:${keyedHash("sign-in-account", email)}`,
    changes: { reason, address: hashAddress(address) },
  });
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  // Cookies are `Secure` (and `__Secure-` named) exactly when the public address is https.
  get useSecureCookies() {
    return publicUrlIsHttps();
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
        const address = clientAddressFromHeaders(req?.headers);
        const keys = throttleKeys(email, address);

        // Counted before the password is checked: a burst of parallel attempts is checked
        // no more often than the throttle admits, whatever it contains.
        if (!(await admitAttempt(keys))) throw new Error(SIGN_IN_ERRORS.throttled);

        const user = await findUserForSignIn(email);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !user.active || !ok) {
          await recordFailedSignIn(email, user?.id ?? null, address, !user ? "unknownAccount" : !user.active ? "inactive" : "wrongPassword");
          return null;
        }
        await attemptSucceeded(keys);
        await recordAudit({ userId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id, changes: { address: hashAddress(address) } });
        await rememberLocale(user.locale);
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `user` is there only at sign-in: the cookie keeps the sessionVersion it began under.
      if (user) token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
      return token;
    },
    session({ session, token }) {
      const portal = session as PortalSession;
      if (token.sub) {
        portal.userId = token.sub;
        if (session.user) (session.user as { id?: string }).id = token.sub;
      }
      if (typeof token.sessionVersion === "number") portal.sessionVersion = token.sessionVersion;
      return portal;
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      const userId = token?.sub;
      const sessionVersion = token?.sessionVersion;
      if (typeof userId !== "string" || typeof sessionVersion !== "number") return;
      if (await endSessionsFrom(userId, sessionVersion)) {
        await recordAudit({ userId, action: "auth.signOut", entityType: "User", entityId: userId });
      }
    },
  },
};
