-- CreateTable
CREATE TABLE "CannedReply" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "ownerId" UUID,
    "folder" VARCHAR(60) NOT NULL DEFAULT '',
    "title" VARCHAR(120) NOT NULL,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CannedReplyVersion" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "replyId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CannedReplyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CannedReply_workspaceId_ownerId_idx" ON "CannedReply"("workspaceId", "ownerId");

-- CreateIndex
CREATE INDEX "CannedReply_ownerId_idx" ON "CannedReply"("ownerId");

-- CreateIndex
CREATE INDEX "CannedReplyVersion_workspaceId_idx" ON "CannedReplyVersion"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "CannedReplyVersion_replyId_locale_key" ON "CannedReplyVersion"("replyId", "locale");

-- AddForeignKey
ALTER TABLE "CannedReply" ADD CONSTRAINT "CannedReply_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CannedReply" ADD CONSTRAINT "CannedReply_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CannedReplyVersion" ADD CONSTRAINT "CannedReplyVersion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CannedReplyVersion" ADD CONSTRAINT "CannedReplyVersion_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "CannedReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;
