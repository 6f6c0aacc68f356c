-- Approvals and edits of one record serialize on that record (row locks in the code); here:
-- each party stands behind a version once, and the public reads a frozen copy of an
-- adopted agreement, as it does of a published promise.

-- Parallel approvals by one party could record the same approval twice: keep the first.
UPDATE "Approval" AS a SET "withdrawnAt" = CURRENT_TIMESTAMP
WHERE a."withdrawnAt" IS NULL
  AND EXISTS (
    SELECT 1 FROM "Approval" AS b
    WHERE b."withdrawnAt" IS NULL
      AND b."party" = a."party"
      AND b."subjectVersion" = a."subjectVersion"
      AND (b."agreementId" = a."agreementId" OR b."promiseId" = a."promiseId")
      AND (b."approvedAt" < a."approvedAt" OR (b."approvedAt" = a."approvedAt" AND b."id" < a."id"))
  );

-- Records both parties approved in parallel were left neither adopted nor published, and
-- every new approval was refused as "already approved": withdraw those approvals, with an
-- entry in the history, so that both parties can approve again.
WITH stuck AS (
  SELECT p."agreementId" AS id, 'Agreement' AS kind, count(*) AS n
  FROM "Approval" p JOIN "Agreement" s ON s."id" = p."agreementId" AND s."version" = p."subjectVersion"
  WHERE p."withdrawnAt" IS NULL AND s."status" IN ('DRAFT', 'IN_PREPARATION')
  GROUP BY p."agreementId"
  HAVING count(DISTINCT p."party") = 2
  UNION ALL
  SELECT p."promiseId", 'CitizenPromise', count(*)
  FROM "Approval" p JOIN "CitizenPromise" s ON s."id" = p."promiseId" AND s."version" = p."subjectVersion"
  WHERE p."withdrawnAt" IS NULL AND s."status" IN ('AWAITING_APPROVAL', 'PUBLISHED')
  GROUP BY p."promiseId"
  HAVING count(DISTINCT p."party") = 2
),
withdrawn AS (
  UPDATE "Approval" AS a SET "withdrawnAt" = CURRENT_TIMESTAMP
  FROM stuck
  WHERE a."withdrawnAt" IS NULL AND (a."agreementId" = stuck.id OR a."promiseId" = stuck.id)
  RETURNING a."id"
)
INSERT INTO "AuditLog" ("action", "entityType", "entityId", "municipalityId", "changes")
SELECT CASE stuck.kind WHEN 'Agreement' THEN 'agreement.approvalsWithdrawn' ELSE 'promise.approvalsWithdrawn' END,
       stuck.kind, stuck.id::text,
       COALESCE((SELECT "municipalityId" FROM "Agreement" WHERE "id" = stuck.id), (SELECT "municipalityId" FROM "CitizenPromise" WHERE "id" = stuck.id)),
       jsonb_build_object('approvals', jsonb_build_object('from', stuck.n, 'to', 0))
FROM stuck;

-- Prisma cannot express partial indexes: prisma/schema.prisma lists these in a comment on
-- Approval, and tests/integration/schema-drift.test.ts checks them.
CREATE UNIQUE INDEX "Approval_agreement_standing_key" ON "Approval"("agreementId", "subjectVersion", "party") WHERE "withdrawnAt" IS NULL;
CREATE UNIQUE INDEX "Approval_promise_standing_key" ON "Approval"("promiseId", "subjectVersion", "party") WHERE "withdrawnAt" IS NULL;

-- CreateTable
CREATE TABLE "AgreementPublication" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "agreementVersion" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "adoptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedById" UUID,

    CONSTRAINT "AgreementPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementPublication_agreementId_key" ON "AgreementPublication"("agreementId");

-- AddForeignKey
ALTER TABLE "AgreementPublication" ADD CONSTRAINT "AgreementPublication_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The frozen copy of every agreement adopted before publications existed, in the shape of
-- src/lib/agreements/snapshot.ts (buildAgreementSnapshot). Adopted means the adoption is in
-- the history, or both parties stand behind the current version (the demo data); an
-- agreement that was only ever named as replaced gets none, so it stays out of public view.
INSERT INTO "AgreementPublication" ("id", "agreementId", "agreementVersion", "snapshot", "adoptedAt", "adoptedById")
SELECT
  gen_random_uuid(),
  a."id",
  COALESCE(adopt."entityVersion" - 1, a."version"),
  jsonb_build_object(
    'id', a."id"::text,
    'title', a."title",
    'periodStart', to_char(a."periodStart", 'YYYY-MM-DD'),
    'periodEnd', to_char(a."periodEnd", 'YYYY-MM-DD'),
    'caseNumber', a."caseNumber",
    'decisionBody', a."decisionBody",
    'decisionParagraph', a."decisionParagraph",
    'decisionDate', to_char(a."decisionDate", 'YYYY-MM-DD'),
    'aim', a."aim",
    'background', a."background",
    'economy', a."economy",
    'followUp', a."followUp",
    'collaborationModel', a."collaborationModel",
    'replacesId', a."replacesId"::text,
    'priorities', COALESCE((SELECT jsonb_agg(p."text" ORDER BY p."position") FROM "AgreementPriority" p WHERE p."agreementId" = a."id"), '[]'::jsonb),
    'signatories', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('party', s."party", 'name', s."name", 'title', s."title") ORDER BY s."position")
      FROM "AgreementSignatory" s WHERE s."agreementId" = a."id"), '[]'::jsonb),
    'basisDocuments', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('title', d."title", 'publisher', d."publisher", 'year', d."year", 'url', d."url") ORDER BY b."position")
      FROM "AgreementBasisDocument" b JOIN "BasisDocument" d ON d."id" = b."basisDocumentId" WHERE b."agreementId" = a."id"), '[]'::jsonb),
    'goals', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('id', g."id"::text, 'parentId', g."parentId"::text, 'position', g."position", 'title', g."title", 'description', g."description") ORDER BY g."position", g."id")
      FROM "Goal" g WHERE g."agreementId" = a."id"), '[]'::jsonb)
  ),
  COALESCE(adopt."at", approved."at", a."updatedAt"),
  adopt."userId"
FROM "Agreement" a
LEFT JOIN LATERAL (
  SELECT l."at", l."userId", l."entityVersion" FROM "AuditLog" l
  WHERE l."entityType" = 'Agreement' AND l."entityId" = a."id"::text AND l."action" = 'agreement.adopt'
  ORDER BY l."at" DESC LIMIT 1
) adopt ON true
LEFT JOIN LATERAL (
  SELECT max(p."approvedAt") AS "at" FROM "Approval" p
  WHERE p."agreementId" = a."id" AND p."withdrawnAt" IS NULL AND p."subjectVersion" = a."version"
  HAVING count(DISTINCT p."party") = 2
) approved ON true
WHERE a."status" IN ('ADOPTED', 'ACTIVE', 'EXPIRED', 'REPLACED')
  AND (adopt."at" IS NOT NULL OR approved."at" IS NOT NULL);
