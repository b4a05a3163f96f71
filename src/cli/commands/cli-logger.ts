// The CLI's logger writes JSON lines to stderr (fd 2), so stdout carries only what scripts read
// (an API token on the last line, for one). Quiet by default: warnings and errors, unless
// LOG_LEVEL asks for more.
import pino from "pino";
import { env } from "@/env";
import type { Logger } from "@/server/logger";

export function createCliLogger(): Logger {
  const level = process.env.LOG_LEVEL ? env().LOG_LEVEL : "warn";
  return pino(
    {
      level,
      base: { service: "cli" },
      redact: { paths: ["password", "token", "*.password", "*.token", "*.passwordHash"], censor: "[redacted]" },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}
