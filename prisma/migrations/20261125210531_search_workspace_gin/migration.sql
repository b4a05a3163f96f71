-- DropIndex
DROP INDEX "Customer_email_idx";

-- DropIndex
DROP INDEX "Customer_name_idx";

-- DropIndex
DROP INDEX "Customer_searchVector_idx";

-- DropIndex
DROP INDEX "Message_searchVector_idx";

-- DropIndex
DROP INDEX "Ticket_searchVector_idx";

-- DropIndex
DROP INDEX "Ticket_subject_idx";

-- CreateIndex
CREATE INDEX "Customer_workspaceId_searchVector_idx" ON "Customer" USING GIN ("workspaceId" uuid_ops, "searchVector");

-- CreateIndex
CREATE INDEX "Customer_workspaceId_email_trgm_idx" ON "Customer" USING GIN ("workspaceId" uuid_ops, "email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_workspaceId_name_trgm_idx" ON "Customer" USING GIN ("workspaceId" uuid_ops, "name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Message_workspaceId_searchVector_idx" ON "Message" USING GIN ("workspaceId" uuid_ops, "searchVector");

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_searchVector_idx" ON "Ticket" USING GIN ("workspaceId" uuid_ops, "searchVector");

-- CreateIndex
CREATE INDEX "Ticket_workspaceId_subject_trgm_idx" ON "Ticket" USING GIN ("workspaceId" uuid_ops, "subject" gin_trgm_ops);
