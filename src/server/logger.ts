// Structured logs (JSON lines) with levels. Callers pass ids (request, job, workspace),
// never secrets or message bodies.
import pino from "pino";
import { env } from "@/env";

const processName = process.env.SHOPDESK_PROCESS ?? "web";

export const logger = pino(
  {
    level: env().LOG_LEVEL,
    base: { service: processName },
    redact: { paths: ["password", "token", "*.password", "*.token", "*.passwordHash"], censor: "[redacted]" },
  },
  // The CLI's stdout is for results (a new API token is read from its last line): logs go to stderr.
  processName === "cli" ? pino.destination(2) : undefined,
);

export type Logger = typeof logger;
