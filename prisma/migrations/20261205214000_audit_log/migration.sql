-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorMemberId" UUID,
    "actorApiTokenId" UUID,
    "actorName" VARCHAR(200) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "targetType" VARCHAR(32) NOT NULL,
    "targetId" VARCHAR(64),
    "targetLabel" VARCHAR(320),
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(45),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_createdAt_id_idx" ON "AuditEvent"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_action_createdAt_idx" ON "AuditEvent"("workspaceId", "action", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_actorMemberId_createdAt_idx" ON "AuditEvent"("workspaceId", "actorMemberId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_targetType_createdAt_idx" ON "AuditEvent"("workspaceId", "targetType", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
