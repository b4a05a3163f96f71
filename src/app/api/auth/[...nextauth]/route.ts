import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { refuseUnusableCallbackUrl } from "@/server/auth/callback-url-guard";

function handler(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return refuseUnusableCallbackUrl(req) ?? NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
