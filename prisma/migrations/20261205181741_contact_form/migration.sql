-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "orderNumber" VARCHAR(64);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "contactFormOrigins" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ContactFormSession" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "suggestionsShown" INTEGER NOT NULL DEFAULT 0,
    "openedArticleIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "ticketId" UUID,

    CONSTRAINT "ContactFormSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactFormSession_workspaceId_createdAt_idx" ON "ContactFormSession"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactFormSession_ticketId_idx" ON "ContactFormSession"("ticketId");

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_orderNumber_idx" ON "Ticket"("workspaceId", "orderNumber");

-- AddForeignKey
ALTER TABLE "ContactFormSession" ADD CONSTRAINT "ContactFormSession_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactFormSession" ADD CONSTRAINT "ContactFormSession_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
