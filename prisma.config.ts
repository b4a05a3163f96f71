// Used by Prisma's own CLI where its schema-engine binary is available
// (for example `prisma migrate deploy` in a deployment pipeline). Shopdesk
// itself migrates through the WebAssembly engine: see src/server/db/migrations/.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
