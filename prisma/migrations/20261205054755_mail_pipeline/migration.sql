-- CreateEnum
CREATE TYPE "MailSecurity" AS ENUM ('TLS', 'STARTTLS', 'NONE');

-- CreateEnum
CREATE TYPE "ImapAfterImport" AS ENUM ('MARK_SEEN', 'MOVE');

-- CreateEnum
CREATE TYPE "InboundSource" AS ENUM ('IMAP', 'FORWARD', 'HTTP', 'IMPORT');

-- CreateEnum
CREATE TYPE "InboundStatus" AS ENUM ('QUEUED', 'PROCESSED', 'UNPARSED', 'IGNORED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "ThreadedBy" AS ENUM ('REFERENCES', 'TOKEN', 'SUBJECT_NUMBER', 'NEW');

-- CreateEnum
CREATE TYPE "BlobStorage" AS ENUM ('POSTGRES', 'S3');

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "emailCc" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "emailFromAddress" VARCHAR(320),
ADD COLUMN     "emailFromName" VARCHAR(300),
ADD COLUMN     "inboundMailId" UUID,
ADD COLUMN     "threadedBy" "ThreadedBy";

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "ccEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "mailboxId" UUID;

-- CreateTable
CREATE TABLE "Mailbox" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "address" VARCHAR(320) NOT NULL,
    "forwardingKey" VARCHAR(64) NOT NULL,
    "inboundSecretHash" VARCHAR(64),
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "autoAcknowledge" BOOLEAN NOT NULL DEFAULT false,
    "imapHost" VARCHAR(255),
    "imapPort" INTEGER,
    "imapSecurity" "MailSecurity",
    "imapUsername" VARCHAR(320),
    "imapPasswordEnc" TEXT,
    "imapFolder" VARCHAR(255) NOT NULL DEFAULT 'INBOX',
    "imapAfterImport" "ImapAfterImport" NOT NULL DEFAULT 'MARK_SEEN',
    "imapMoveTo" VARCHAR(255),
    "imapUidValidity" BIGINT,
    "imapLastUid" BIGINT,
    "smtpHost" VARCHAR(255),
    "smtpPort" INTEGER,
    "smtpSecurity" "MailSecurity",
    "smtpUsername" VARCHAR(320),
    "smtpPasswordEnc" TEXT,
    "smtpFromName" VARCHAR(120),
    "lastErrorCode" VARCHAR(64),
    "lastError" VARCHAR(1000),
    "lastErrorAt" TIMESTAMPTZ(3),
    "failureCount" INTEGER NOT NULL DEFAULT 0,
    "retryAt" TIMESTAMPTZ(3),
    "lastFetchAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Mailbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundMail" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "mailboxId" UUID NOT NULL,
    "source" "InboundSource" NOT NULL,
    "status" "InboundStatus" NOT NULL DEFAULT 'QUEUED',
    "rawBlobId" UUID NOT NULL,
    "rawSha256" VARCHAR(64) NOT NULL,
    "rawSize" INTEGER NOT NULL,
    "imapUidValidity" BIGINT,
    "imapUid" BIGINT,
    "resyncKey" VARCHAR(64),
    "envelope" JSONB,
    "authResults" JSONB,
    "ticketId" UUID,
    "threadedBy" "ThreadedBy",
    "reason" VARCHAR(1000),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "InboundMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredBlob" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "storage" "BlobStorage" NOT NULL DEFAULT 'POSTGRES',
    "content" BYTEA,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredBlob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mailbox_forwardingKey_key" ON "Mailbox"("forwardingKey");

-- CreateIndex
CREATE UNIQUE INDEX "Mailbox_workspaceId_address_key" ON "Mailbox"("workspaceId", "address");

-- CreateIndex
CREATE INDEX "InboundMail_mailboxId_resyncKey_idx" ON "InboundMail"("mailboxId", "resyncKey");

-- CreateIndex
CREATE INDEX "InboundMail_status_receivedAt_idx" ON "InboundMail"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "InboundMail_workspaceId_status_receivedAt_idx" ON "InboundMail"("workspaceId", "status", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "InboundMail_rawBlobId_idx" ON "InboundMail"("rawBlobId");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMail_mailboxId_rawSha256_key" ON "InboundMail"("mailboxId", "rawSha256");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMail_mailboxId_imapUidValidity_imapUid_key" ON "InboundMail"("mailboxId", "imapUidValidity", "imapUid");

-- CreateIndex
CREATE UNIQUE INDEX "StoredBlob_workspaceId_sha256_key" ON "StoredBlob"("workspaceId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Message_inboundMailId_key" ON "Message"("inboundMailId");

-- CreateIndex
CREATE INDEX "Ticket_mailboxId_idx" ON "Ticket"("mailboxId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "Mailbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_inboundMailId_fkey" FOREIGN KEY ("inboundMailId") REFERENCES "InboundMail"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mailbox" ADD CONSTRAINT "Mailbox_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundMail" ADD CONSTRAINT "InboundMail_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundMail" ADD CONSTRAINT "InboundMail_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "Mailbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundMail" ADD CONSTRAINT "InboundMail_rawBlobId_fkey" FOREIGN KEY ("rawBlobId") REFERENCES "StoredBlob"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredBlob" ADD CONSTRAINT "StoredBlob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
