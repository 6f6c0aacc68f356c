-- Forums hold functions, not only people: each membership fills a seat (chair, secretary,
-- member, adjunct, guest organisation; whom it represents; the organisation it belongs to)
-- that stays, vacant, when its member leaves. At most one chair seat per forum, filled by
-- the forum's chair. A political council or committee (beredning) is a level of its own.

-- AlterEnum: before the strategic level, so that lists ordered by level show it first.
ALTER TYPE "ForumLevel" ADD VALUE 'POLITICAL' BEFORE 'STRATEGIC';

-- CreateEnum
CREATE TYPE "ForumRole" AS ENUM ('CHAIR', 'SECRETARY', 'MEMBER', 'ADJUNCT', 'GUEST_ORGANISATION');

-- CreateTable
CREATE TABLE "ForumSeat" (
    "id" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "role" "ForumRole" NOT NULL DEFAULT 'MEMBER',
    "represents" TEXT NOT NULL DEFAULT '',
    "organisationId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumSeat_pkey" PRIMARY KEY ("id")
);

-- A chair who was not a member becomes one, so that the chair's seat is filled by the chair.
INSERT INTO "ForumMembership" ("id", "forumId", "userId")
SELECT gen_random_uuid(), f."id", f."chairId"
FROM "Forum" f
WHERE f."chairId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "ForumMembership" m WHERE m."forumId" = f."id" AND m."userId" = f."chairId");

-- Every membership gets a seat (with the membership's own id, which links them below): the
-- chair's is the CHAIR seat; "Sekreterare" and "Adjungerad …" become those roles; the rest
-- are members. What the function text said beyond the role is whom the seat represents.
INSERT INTO "ForumSeat" ("id", "forumId", "role", "represents", "organisationId", "position", "createdAt")
SELECT s."id", s."forumId", s."role", s."represents", s."organisationId",
       (row_number() OVER (PARTITION BY s."forumId" ORDER BY s."role", s."createdAt", s."id") - 1)::integer,
       s."createdAt"
FROM (
    SELECT m."id", m."forumId", m."createdAt", u."organisationId",
           CASE
               WHEN m."userId" = f."chairId" THEN 'CHAIR'
               WHEN lower(btrim(m."function")) = 'sekreterare' THEN 'SECRETARY'
               WHEN lower(btrim(m."function")) LIKE 'adjungerad%' THEN 'ADJUNCT'
               ELSE 'MEMBER'
           END::"ForumRole" AS "role",
           CASE
               WHEN lower(btrim(m."function")) IN ('ordförande', 'sammankallande', 'sekreterare', 'ledamot', 'medlem', 'adjungerad') THEN ''
               ELSE (SELECT upper(left(r.t, 1)) || substr(r.t, 2)
                     FROM (SELECT regexp_replace(btrim(m."function"), '^(ordförande|sammankallande|sekreterare|adjungerad)\s*[,:–-]\s*', '', 'i') AS t) r)
           END AS "represents"
    FROM "ForumMembership" m
    JOIN "Forum" f ON f."id" = m."forumId"
    JOIN "User" u ON u."id" = m."userId"
) s;

-- AlterTable
ALTER TABLE "ForumMembership" ADD COLUMN "seatId" UUID;
UPDATE "ForumMembership" SET "seatId" = "id";
ALTER TABLE "ForumMembership" ALTER COLUMN "seatId" SET NOT NULL;
ALTER TABLE "ForumMembership" DROP COLUMN "function";

-- CreateIndex
CREATE INDEX "ForumSeat_forumId_position_idx" ON "ForumSeat"("forumId", "position");

-- CreateIndex
CREATE INDEX "ForumSeat_organisationId_idx" ON "ForumSeat"("organisationId");

-- One chair seat per forum (a partial index: listed in schema.prisma as a comment).
CREATE UNIQUE INDEX "ForumSeat_one_chair_key" ON "ForumSeat"("forumId") WHERE ("role" = 'CHAIR'::"ForumRole");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMembership_seatId_key" ON "ForumMembership"("seatId");

-- AddForeignKey
ALTER TABLE "ForumSeat" ADD CONSTRAINT "ForumSeat_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSeat" ADD CONSTRAINT "ForumSeat_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMembership" ADD CONSTRAINT "ForumMembership_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "ForumSeat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
