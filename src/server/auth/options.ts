// next-auth configuration: credentials sign-in, JWT sessions in an HTTP-only cookie.
// The cookie holds only the user id, the session version and the id of the session's row
// (user-sessions.ts); the row, membership and role are read from the database on every
// request, so signing out and deactivation take effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appUrl, env } from "@/env";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { SignInRateLimited } from "@/server/auth/rate-limit";
import { clientIp } from "@/server/http/client-address";
import { signInWithPassword } from "@/server/auth/sign-in";
import { endUserSession, startUserSession } from "@/server/auth/user-sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    /** Session version at sign-in; a bump on the user signs this session out. */
    sv: number;
    /** The session's row; signing out deletes it. */
    sid?: string;
  }
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

/**
 * Where next-auth may send the browser after signing in or out: a URL on this site, else the
 * site's root. next-auth's default calls `new URL(callbackUrl)` unguarded, so a callbackUrl such
 * as `http://localhost:3000.evil.example/` (an invalid port) threw: a 500 on every /api/auth/*
 * request carrying it, and in the callback-url cookie after that.
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    if (target.origin === base.origin) return target.href;
  } catch {
    // not a URL at all
  }
  return baseUrl;
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
      async redirect(params) {
        return sameSiteRedirect(params);
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion ?? 0;
          token.sid = await startUserSession(db(), user.id);
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.uid ?? "", name: token.name ?? "", email: token.email ?? "" };
        session.sv = token.sv ?? 0;
        session.sid = token.sid;
        return session;
      },
    },
    events: {
      // Ends the session on the server, so a copy of the cookie opens nothing afterwards.
      async signOut({ token }) {
        await endUserSession(db(), token ?? {});
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
