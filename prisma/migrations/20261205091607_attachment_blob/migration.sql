-- Attachment bytes move to StoredBlob (the one storage interface, deduplicated per workspace by
-- sha256). Existing rows keep their bytes: each is copied into a blob first.
-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "blobId" UUID;

INSERT INTO "StoredBlob" ("id", "workspaceId", "sha256", "byteSize", "storage", "content", "createdAt")
SELECT DISTINCT ON (a."workspaceId", encode(sha256(a."content"), 'hex'))
       gen_random_uuid(), a."workspaceId", encode(sha256(a."content"), 'hex'), octet_length(a."content"), 'POSTGRES'::"BlobStorage", a."content", a."createdAt"
  FROM "Attachment" a
ON CONFLICT ("workspaceId", "sha256") DO NOTHING;

UPDATE "Attachment" a
   SET "blobId" = b."id", "sha256" = b."sha256", "byteSize" = b."byteSize"
  FROM "StoredBlob" b
 WHERE b."workspaceId" = a."workspaceId" AND b."sha256" = encode(sha256(a."content"), 'hex');

ALTER TABLE "Attachment" DROP COLUMN "content",
ALTER COLUMN "blobId" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "StoredBlob"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
