// Runs in every test worker before the test files: a test environment, quiet logs, and the
// integration database (provided by tests/setup/database.ts) as DATABASE_URL, so that `env()`
// and `db()` from the app work unchanged inside tests.
import { inject } from "vitest";
import { ROTATED_ENCRYPTION_KEY, TEST_ENCRYPTION_KEY } from "../helpers/encryption-keys";

// Object.assign: Next's types declare NODE_ENV read-only.
Object.assign(process.env, { NODE_ENV: "test", LOG_LEVEL: process.env.LOG_LEVEL || "warn" });

// Mailbox passwords are sealed at rest; processes the tests start inherit the same keys.
process.env.SHOPDESK_ENCRYPTION_KEY ||= TEST_ENCRYPTION_KEY;
process.env.SHOPDESK_ENCRYPTION_KEYS_OLD ||= ROTATED_ENCRYPTION_KEY;

const databaseUrl = inject("databaseUrl");
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
