-- CreateEnum
CREATE TYPE "SlaMetric" AS ENUM ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION');

-- CreateEnum
CREATE TYPE "SlaCycleState" AS ENUM ('RUNNING', 'PAUSED', 'MET', 'STOPPED');

-- AlterTable
ALTER TABLE "SlaPolicy" ADD COLUMN     "warnBeforeMinutes" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "firstResponseDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "nextResponseDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "resolutionDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "slaDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "slaPaused" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "slaPolicyId" UUID,
ADD COLUMN     "slaSweepAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "slaRecomputeAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SlaCycle" (
    "workspaceId" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "metric" "SlaMetric" NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "policyId" UUID,
    "state" "SlaCycleState" NOT NULL,
    "dueAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "breachedAt" TIMESTAMPTZ(3),
    "settledAt" TIMESTAMPTZ(3),

    CONSTRAINT "SlaCycle_pkey" PRIMARY KEY ("ticketId","metric","startedAt")
);

-- CreateTable
CREATE TABLE "SlaWarning" (
    "workspaceId" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "metric" "SlaMetric" NOT NULL,
    "cycleStartedAt" TIMESTAMPTZ(3) NOT NULL,
    "beforeMinutes" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlaWarning_pkey" PRIMARY KEY ("ticketId","metric","cycleStartedAt","beforeMinutes")
);

-- CreateIndex
CREATE INDEX "SlaCycle_workspaceId_settledAt_idx" ON "SlaCycle"("workspaceId", "settledAt");

-- CreateIndex
CREATE INDEX "SlaCycle_policyId_idx" ON "SlaCycle"("policyId");

-- CreateIndex
CREATE INDEX "SlaWarning_workspaceId_idx" ON "SlaWarning"("workspaceId");

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_status_slaDueAt_id_idx" ON "Ticket"("workspaceId", "status", "slaDueAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_slaSweepAt_idx" ON "Ticket"("slaSweepAt");

-- CreateIndex
CREATE INDEX "Ticket_slaPolicyId_idx" ON "Ticket"("slaPolicyId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_slaPolicyId_fkey" FOREIGN KEY ("slaPolicyId") REFERENCES "SlaPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaCycle" ADD CONSTRAINT "SlaCycle_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaCycle" ADD CONSTRAINT "SlaCycle_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaCycle" ADD CONSTRAINT "SlaCycle_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "SlaPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaWarning" ADD CONSTRAINT "SlaWarning_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaWarning" ADD CONSTRAINT "SlaWarning_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
