-- DropIndex
DROP INDEX "Ticket_workspaceId_problemAreaId_status_lastActivityAt_idx";

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "authorApiTokenId" UUID;

-- CreateTable
CREATE TABLE "Mention" (
    "workspaceId" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMPTZ(3),

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("messageId","memberId")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "ownerId" UUID,
    "name" VARCHAR(80) NOT NULL,
    "filters" JSONB NOT NULL DEFAULT '{}',
    "sort" VARCHAR(16) NOT NULL DEFAULT 'activity',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mention_workspaceId_memberId_createdAt_idx" ON "Mention"("workspaceId", "memberId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "SavedView_workspaceId_ownerId_idx" ON "SavedView"("workspaceId", "ownerId");

-- CreateIndex
CREATE INDEX "SavedView_ownerId_idx" ON "SavedView"("ownerId");

-- CreateIndex
CREATE INDEX "Customer_workspaceId_createdAt_id_idx" ON "Customer"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Message_authorApiTokenId_idx" ON "Message"("authorApiTokenId");

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_status_lastActivityAt_id_idx" ON "Ticket"("workspaceId", "status", "lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_problemAreaId_status_lastActivityAt_id_idx" ON "Ticket"("workspaceId", "problemAreaId", "status", "lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_status_createdAt_id_idx" ON "Ticket"("workspaceId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_status_priority_lastActivityAt_id_idx" ON "Ticket"("workspaceId", "status", "priority" DESC, "lastActivityAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorApiTokenId_fkey" FOREIGN KEY ("authorApiTokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
