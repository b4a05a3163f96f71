// next-auth configuration: credentials sign-in, JWT sessions in an HTTP-only cookie.
// The session holds only the user id and session version; membership and role are read
// from the database on every request, so a deactivation takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appUrl, env } from "@/env";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { SignInRateLimited } from "@/server/auth/rate-limit";
import { clientIp } from "@/server/http/client-address";
import { signInWithPassword } from "@/server/auth/sign-in";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    /** Session version at sign-in; a bump on the user signs this session out. */
    sv: number;
  }
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    useSecureCookies: appUrl().startsWith("https://"),
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const ip = clientIp(req.headers ?? {});
          try {
            const user = await signInWithPassword(db(), logger, credentials, ip);
            return user && { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
          } catch (e) {
            // next-auth passes the message to the client as `error`; the login form shows it.
            if (e instanceof SignInRateLimited) throw new Error(`RATE_LIMITED:${e.retryAfterSeconds}`);
            throw e;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.uid ?? "", name: token.name ?? "", email: token.email ?? "" };
        session.sv = token.sv ?? 0;
        return session;
      },
    },
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
  };
  return cached;
}
