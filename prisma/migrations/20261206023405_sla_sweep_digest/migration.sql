-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "mailPending" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "slaRecomputeAfter" UUID;

-- CreateIndex
CREATE INDEX "Notification_mail_pending" ON "Notification"("memberId") WHERE ("mailPending");
