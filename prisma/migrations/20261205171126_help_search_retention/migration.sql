-- CreateIndex
CREATE INDEX "HelpSearch_createdAt_idx" ON "HelpSearch"("createdAt");
