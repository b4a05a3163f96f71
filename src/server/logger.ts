// Structured logs (JSON lines) with levels. Callers pass ids (request, job, workspace),
// never secrets or message bodies.
import pino from "pino";
import { env } from "@/env";

export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: process.env.SHOPDESK_PROCESS ?? "web" },
  redact: { paths: ["password", "token", "*.password", "*.token", "*.passwordHash"], censor: "[redacted]" },
});

export type Logger = typeof logger;
