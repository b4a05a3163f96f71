-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TicketEventType" ADD VALUE 'SNOOZED';
ALTER TYPE "TicketEventType" ADD VALUE 'MERGED_INTO';
ALTER TYPE "TicketEventType" ADD VALUE 'MERGED_FROM';

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "snoozedUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "TicketEvent" ADD COLUMN     "ticketVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Ticket_snoozedUntil_idx" ON "Ticket"("snoozedUntil");

-- CreateIndex
CREATE INDEX "Ticket_mergedIntoId_idx" ON "Ticket"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
