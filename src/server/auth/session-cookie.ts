// Replaces this browser's session cookie from a server action, for when the server has just
// ended every session of the user but this one should go on (a password change). The cookie is
// what next-auth would write at sign-in: the same name, options, lifetime and encrypted JWT.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { appUrl, env } from "@/env";
import { authSecret } from "@/server/auth/options";

export async function issueSessionCookie(claims: { uid: string; name: string; email: string; sv: number; sid: string }): Promise<void> {
  const secure = appUrl().startsWith("https://");
  const maxAge = env().SESSION_MAX_AGE;
  const token = await encode({
    secret: authSecret(),
    maxAge,
    token: { sub: claims.uid, name: claims.name, email: claims.email, uid: claims.uid, sv: claims.sv, sid: claims.sid },
  });
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge,
  });
}
