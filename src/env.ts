// The environment, parsed once with zod and shared by the web app, the worker and the CLI.
// A missing or malformed variable stops start-up with a message that names it.
import { isIP } from "node:net";
import { z } from "zod";
import { text } from "@/lib/validation";

const boolish = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

export type TrustedProxy = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** One address or CIDR block (`10.0.0.0/8`, `::1`, `fd00::/8`). */
const TrustedProxySchema = text().transform((raw, ctx): TrustedProxy => {
  const [address = "", prefixText, ...rest] = raw.split("/");
  const version = isIP(address);
  const max = version === 6 ? 128 : 32;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!version || rest.length > 0 || !(prefix >= 0 && prefix <= max)) {
    ctx.addIssue({ code: "custom", message: `has "${raw}", which is neither an IP address nor a CIDR block` });
    return z.NEVER;
  }
  return { address, prefix, family: version === 6 ? "ipv6" : "ipv4" };
});

/** A comma- or space-separated list of addresses and CIDR blocks. */
const TrustedProxiesSchema = text()
  .default("")
  .transform((v) => v.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(TrustedProxySchema));

/**
 * An AES-256 key: 32 bytes written as 64 hex digits (`openssl rand -hex 32`) or as base64 /
 * base64url (`openssl rand -base64 32`). Null when the text is neither.
 */
export function decodeEncryptionKey(raw: string): Buffer | null {
  const s = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(s)) return Buffer.from(s, "hex");
  if (!/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(s)) return null;
  const bytes = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length === 32 ? bytes : null;
}

const KEY_FORMAT = "must be 32 bytes as base64 (openssl rand -base64 32) or 64 hex digits (openssl rand -hex 32)";
const EncryptionKeySchema = text()
  .trim()
  .refine((s) => decodeEncryptionKey(s) !== null, KEY_FORMAT);

/** A hostname such as `mail.example.com` (no scheme, no port). */
const DomainSchema = text()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/, "must be a domain name such as mail.example.com");

/** An S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens. */
const BucketSchema = text()
  .trim()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens");

/** A key prefix such as `shopdesk/`; a missing trailing slash is added. */
const KeyPrefixSchema = text()
  .trim()
  .regex(/^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*\/?$/, "must be a key prefix such as shopdesk/ (letters, digits, !_.*'()- and single slashes, no leading slash)")
  .transform((p) => (p.endsWith("/") ? p : `${p}/`));

/** The S3 variables that mean nothing without S3_BUCKET. */
const S3_DEPENDENT = ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX", "S3_FORCE_PATH_STYLE"] as const;

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** PostgreSQL ≥ 15. Unset: the embedded PostgreSQL under SHOPDESK_DATA_DIR is used. */
    DATABASE_URL: text()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    /** Set by the launcher when DATABASE_URL points at the embedded demo database. */
    SHOPDESK_EMBEDDED: boolish,
    SHOPDESK_DATA_DIR: text().min(1).default(".shopdesk"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    /** Folder of pg_dump, pg_restore and psql for the backup commands; unset: PATH (and the embedded package's folder). */
    PG_BIN_DIR: text().min(1).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Public base URL of the app, used in links (invitations, emails). */
    APP_URL: z.url().optional(),
    /** Signs session cookies. Required outside the embedded demo; at least 32 characters. */
    AUTH_SECRET: text().min(32, "must be at least 32 characters").optional(),
    /**
     * Encrypts mailbox passwords at rest (AES-256-GCM). Required outside the embedded demo, which
     * generates one in SHOPDESK_DATA_DIR/encryption-key.
     */
    SHOPDESK_ENCRYPTION_KEY: EncryptionKeySchema.optional(),
    /** Previous keys, comma-separated: they still decrypt (until `secrets:rotate`), never encrypt. */
    SHOPDESK_ENCRYPTION_KEYS_OLD: text()
      .default("")
      .transform((v) => v.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(text().refine((s) => decodeEncryptionKey(s) !== null, `has a key that ${KEY_FORMAT}`))),
    /** The domain of mailboxes' forwarding addresses; unset: the host of APP_URL. */
    INBOUND_MAIL_DOMAIN: DomainSchema.optional(),
    /**
     * The embedded default's mail catcher (maildev, started by the launcher): its SMTP and web
     * ports, or MAIL_CATCHER=off. With DATABASE_URL set it is never started.
     */
    MAIL_CATCHER: z.enum(["on", "off"]).default("on"),
    MAIL_CATCHER_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
    MAIL_CATCHER_WEB_PORT: z.coerce.number().int().min(1).max(65535).default(1080),
    /**
     * Set by the launcher for its children when the catcher runs (`host:port`): mail of a mailbox
     * without an SMTP server goes there instead of failing.
     */
    SHOPDESK_MAIL_CATCHER: text()
      .regex(/^[\w.-]+:\d+$/, "must be host:port")
      .optional(),
    /** The forwarding listener's SMTP port; `off`: not started. */
    INBOUND_SMTP_PORT: z
      .union([z.literal("off"), z.coerce.number().int().min(1).max(65535)])
      .default(2525),
    /** The address it binds: unset, loopback in the embedded default and every interface otherwise. */
    INBOUND_SMTP_HOST: text().min(1).optional(),
    /** PEM files of its certificate and key; with both, it offers STARTTLS. */
    INBOUND_SMTP_TLS_CERT: text().min(1).optional(),
    INBOUND_SMTP_TLS_KEY: text().min(1).optional(),
    LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
    /** REST API requests each token may make per minute (every web process shares the budget). */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /**
     * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR blocks). Unset: none,
     * and the client address is the TCP peer's.
     */
    TRUSTED_PROXIES: TrustedProxiesSchema,
    /** How often each worker looks for IMAP mailboxes to fetch, and polls servers without IDLE. */
    IMAP_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** IMAP mailboxes one worker fetches at once (each holds an IMAP and shares one PostgreSQL connection). */
    IMAP_MAX_FETCHERS: z.coerce.number().int().min(1).max(1000).default(10),
    /** Seconds a session stays valid after sign-in (signing out ends it sooner). */
    SESSION_MAX_AGE: z.coerce.number().int().min(300).default(60 * 60 * 24 * 14),
    /** Raw mail and attachments go to this S3 bucket; unset: PostgreSQL (StoredBlob.content). */
    S3_BUCKET: BucketSchema.optional(),
    S3_REGION: text()
      .trim()
      .regex(/^[a-z0-9-]{1,40}$/, "must be a region name such as us-east-1 (or auto for Cloudflare R2)")
      .default("us-east-1"),
    /** An S3-compatible service (MinIO, R2, Ceph...); unset: AWS's own endpoint for S3_REGION. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
    /** Both or neither; neither: the SDK's default chain (AWS_* variables, profile, instance role). */
    S3_ACCESS_KEY_ID: text().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: text().min(1).optional(),
    /** Path-style URLs (`<endpoint>/<bucket>/<key>`), as MinIO and most self-hosted services need. */
    S3_FORCE_PATH_STYLE: boolish,
    S3_PREFIX: KeyPrefixSchema.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.SHOPDESK_EMBEDDED && !env.AUTH_SECRET && env.NODE_ENV !== "test") {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required when DATABASE_URL is set (generate one with `openssl rand -base64 32`)",
      });
    }
    if (env.DATABASE_URL && !env.SHOPDESK_EMBEDDED && !env.SHOPDESK_ENCRYPTION_KEY && env.NODE_ENV !== "test") {
      ctx.addIssue({
        code: "custom",
        path: ["SHOPDESK_ENCRYPTION_KEY"],
        message: "is required when DATABASE_URL is set (generate one with `openssl rand -base64 32`)",
      });
    }
    if (!env.S3_BUCKET) {
      const set = S3_DEPENDENT.filter((k) => (k === "S3_FORCE_PATH_STYLE" ? env[k] : env[k] !== undefined));
      if (set.length > 0) {
        ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `is required when ${set.join(", ")} ${set.length === 1 ? "is" : "are"} set (S3 storage is on only with a bucket)` });
      }
    }
    if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
      const missing = env.S3_ACCESS_KEY_ID === undefined ? "S3_ACCESS_KEY_ID" : "S3_SECRET_ACCESS_KEY";
      const other = missing === "S3_ACCESS_KEY_ID" ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID";
      ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${other} is set (set both, or neither to use the AWS default credentials)` });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset, as docker-compose and shells often pass them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The app's public base URL, without a trailing slash. */
export function appUrl(e: Env = env()): string {
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
}

/** The domain of forwarding addresses: INBOUND_MAIL_DOMAIN, else the host name of the app's URL. */
export function inboundMailDomain(e: Env = env()): string {
  return e.INBOUND_MAIL_DOMAIN ?? new URL(appUrl(e)).hostname.toLowerCase();
}

/**
 * The address the forwarding listener binds: INBOUND_SMTP_HOST, else loopback for the embedded
 * default (its demo mailboxes are public knowledge) and every interface otherwise.
 */
export function inboundSmtpHost(e: Env = env()): string {
  return e.INBOUND_SMTP_HOST ?? (e.SHOPDESK_EMBEDDED || !e.DATABASE_URL ? "127.0.0.1" : "0.0.0.0");
}

/** Where S3 storage is, when S3_BUCKET turns it on. */
export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
  /** Prepended to every object key: "" or ends with "/". */
  prefix: string;
};

/** The S3 storage settings, or null when S3_BUCKET is unset (files stay in PostgreSQL). */
export function s3Settings(e: Env = env()): S3Settings | null {
  if (!e.S3_BUCKET) return null;
  return {
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
    ...(e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } } : {}),
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    prefix: e.S3_PREFIX ?? "",
  };
}
