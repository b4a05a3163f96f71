-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'AUTO_REPLY';

-- DropIndex
DROP INDEX "MessageDelivery_status_createdAt_idx";

-- AlterTable
ALTER TABLE "Mailbox" ADD COLUMN     "autoAcknowledgeTemplates" JSONB;

-- AlterTable
ALTER TABLE "MessageDelivery" ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "MessageDelivery_status_nextAttemptAt_idx" ON "MessageDelivery"("status", "nextAttemptAt");
