-- CreateTable
CREATE TABLE "HelpSearch" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "query" VARCHAR(200) NOT NULL,
    "results" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HelpSearch_workspaceId_createdAt_idx" ON "HelpSearch"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleTranslation_workspaceId_searchVector_idx" ON "ArticleTranslation" USING GIN ("workspaceId" uuid_ops, "searchVector");

-- AddForeignKey
ALTER TABLE "HelpSearch" ADD CONSTRAINT "HelpSearch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
