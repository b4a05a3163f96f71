-- AlterTable
ALTER TABLE "InboundMail" ADD COLUMN     "releasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "summary" JSONB;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "blockedSenders" TEXT[] DEFAULT ARRAY[]::TEXT[];
