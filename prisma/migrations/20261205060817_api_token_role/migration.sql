-- CreateEnum
CREATE TYPE "ApiTokenRole" AS ENUM ('ADMIN', 'AGENT');

-- AlterTable
-- Tokens made before roles existed were made by admins and used as such: they stay admin tokens.
-- New tokens are agent tokens unless made as admin ones.
ALTER TABLE "ApiToken" ADD COLUMN     "role" "ApiTokenRole" NOT NULL DEFAULT 'ADMIN';
ALTER TABLE "ApiToken" ALTER COLUMN "role" SET DEFAULT 'AGENT';
