-- DropForeignKey
ALTER TABLE "ApiToken" DROP CONSTRAINT "ApiToken_createdById_fkey";

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
