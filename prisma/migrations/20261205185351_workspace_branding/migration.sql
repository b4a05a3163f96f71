-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "brandAccentColor" VARCHAR(7),
ADD COLUMN     "brandFooterLinks" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "helpCenterEnabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "WorkspaceLogo" (
    "workspaceId" UUID NOT NULL,
    "blobId" UUID NOT NULL,
    "contentType" VARCHAR(32) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkspaceLogo_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateIndex
CREATE INDEX "WorkspaceLogo_blobId_idx" ON "WorkspaceLogo"("blobId");

-- AddForeignKey
ALTER TABLE "WorkspaceLogo" ADD CONSTRAINT "WorkspaceLogo_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceLogo" ADD CONSTRAINT "WorkspaceLogo_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "StoredBlob"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
