-- AlterTable
ALTER TABLE "ProblemArea" ADD COLUMN     "names" JSONB NOT NULL DEFAULT '{}';
