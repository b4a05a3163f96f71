-- CreateTable
CREATE TABLE "ArticleVote" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "visitorHash" VARCHAR(64) NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "comment" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ArticleVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleVote_workspaceId_createdAt_idx" ON "ArticleVote"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVote_articleId_visitorHash_key" ON "ArticleVote"("articleId", "visitorHash");

-- AddForeignKey
ALTER TABLE "ArticleVote" ADD CONSTRAINT "ArticleVote_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVote" ADD CONSTRAINT "ArticleVote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
