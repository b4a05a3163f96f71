-- CreateIndex
CREATE INDEX "Customer_searchVector_idx" ON "Customer" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Customer_email_idx" ON "Customer" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_name_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Ticket_searchVector_idx" ON "Ticket" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Ticket_subject_idx" ON "Ticket" USING GIN ("subject" gin_trgm_ops);
