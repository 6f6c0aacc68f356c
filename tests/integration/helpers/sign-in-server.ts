import http from "node:http";
import type { AddressInfo } from "node:net";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { installClientAddressStamp } from "@/lib/auth/client-address";
import { authOptions } from "@/lib/auth/options";

/** Requests from this loopback address come "through a trusted reverse proxy". */
export const TRUSTED_PROXY = "127.0.0.9";

export type SignInOutcome = { user: { id: string; email: string } | null } | { error: string };

/**
 * next-auth's credentials `authorize` behind a real HTTP server in this process, with the
 * portal's client-address stamp installed as src/instrumentation.ts installs it in Next
 * (TRUSTED_PROXIES=127.0.0.9). Sending from another loopback address (127.0.0.2, …) is
 * connecting from another client address; headers are whatever the client makes up.
 */
export async function startSignInServer() {
  process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
  installClientAddressStamp(TRUSTED_PROXY);
  const authorize = (authOptions.providers[0] as CredentialsConfig).options.authorize!;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      let outcome: SignInOutcome;
      try {
        // As next-auth's App Router handler passes them: the request's headers as a plain object.
        const user = await authorize(JSON.parse(body), { headers: req.headers } as never);
        outcome = { user: user ? { id: user.id, email: user.email! } : null };
      } catch (error) {
        outcome = { error: (error as Error).message };
      }
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify(outcome));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  function signIn(email: string, password: string, options: { from?: string; headers?: Record<string, string> } = {}) {
    return new Promise<SignInOutcome>((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/", localAddress: options.from ?? "127.0.0.1", agent: false, headers: { "Content-Type": "application/json", ...options.headers } },
        (res) => {
          let data = "";
          res.on("data", (chunk) => (data += chunk));
          res.on("end", () => resolve(JSON.parse(data) as SignInOutcome));
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ email, password }));
    });
  }

  return { signIn, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const throttled = (o: SignInOutcome) => "error" in o && o.error === "Throttled";
export const refused = (o: SignInOutcome) => "user" in o && o.user === null;
export const signedIn = (o: SignInOutcome) => "user" in o && o.user !== null;
