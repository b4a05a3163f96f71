-- CreateTable
CREATE TABLE "ArticleViewDay" (
    "workspaceId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewDay_pkey" PRIMARY KEY ("articleId","locale","day")
);

-- CreateIndex
CREATE INDEX "ArticleViewDay_workspaceId_day_idx" ON "ArticleViewDay"("workspaceId", "day");

-- AddForeignKey
ALTER TABLE "ArticleViewDay" ADD CONSTRAINT "ArticleViewDay_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleViewDay" ADD CONSTRAINT "ArticleViewDay_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
