-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "assignOnFirstReply" BOOLEAN NOT NULL DEFAULT true;
