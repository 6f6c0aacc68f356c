-- Administration from the browser: municipalities with what their accessibility statement,
-- privacy and contact pages say; police areas covering municipalities one at a time, with
-- history; organisations and users with versions; the per-user right to manage users; and
-- one-time links with which users set their passwords.

-- CreateEnum
CREATE TYPE "AccessibilityCompliance" AS ENUM ('FULL', 'PARTIAL', 'NONE');

-- CreateEnum
CREATE TYPE "PasswordLinkPurpose" AS ENUM ('INVITE', 'RESET');

-- AlterTable
ALTER TABLE "Municipality"
    ADD COLUMN "contactEmail" TEXT,
    ADD COLUMN "contactPhone" TEXT,
    ADD COLUMN "contactRoles" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "privacyContactEmail" TEXT,
    ADD COLUMN "accessibilityCompliance" "AccessibilityCompliance" NOT NULL DEFAULT 'PARTIAL',
    ADD COLUMN "accessibilityIssues" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "accessibilityTestedOn" DATE,
    ADD COLUMN "accessibilityUpdatedOn" DATE,
    ADD COLUMN "createdById" UUID,
    ADD COLUMN "updatedById" UUID,
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PoliceArea"
    ADD COLUMN "createdById" UUID,
    ADD COLUMN "updatedById" UUID,
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Organisation"
    ADD COLUMN "createdById" UUID,
    ADD COLUMN "updatedById" UUID,
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User"
    ADD COLUMN "mayManageUsers" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "createdById" UUID,
    ADD COLUMN "updatedById" UUID;

-- A municipality belongs to one police area at a time.
DROP INDEX "PoliceAreaMunicipality_municipalityId_idx";
CREATE UNIQUE INDEX "PoliceAreaMunicipality_municipalityId_key" ON "PoliceAreaMunicipality"("municipalityId");

-- A police area's own units are named once within the area.
DROP INDEX "Organisation_policeAreaId_idx";
CREATE UNIQUE INDEX "Organisation_policeAreaId_name_key" ON "Organisation"("policeAreaId", "name");

-- CreateTable
CREATE TABLE "PoliceAreaCoverage" (
    "id" UUID NOT NULL,
    "policeAreaId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedById" UUID,
    "endedAt" TIMESTAMPTZ(3),
    "endedById" UUID,

    CONSTRAINT "PoliceAreaCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PoliceAreaCoverage_municipalityId_startedAt_idx" ON "PoliceAreaCoverage"("municipalityId", "startedAt");

-- CreateIndex
CREATE INDEX "PoliceAreaCoverage_policeAreaId_startedAt_idx" ON "PoliceAreaCoverage"("policeAreaId", "startedAt");

-- One open period per municipality (Prisma cannot express a partial index; see schema.prisma).
CREATE UNIQUE INDEX "PoliceAreaCoverage_open_key" ON "PoliceAreaCoverage"("municipalityId") WHERE ("endedAt" IS NULL);

-- AddForeignKey
ALTER TABLE "PoliceAreaCoverage" ADD CONSTRAINT "PoliceAreaCoverage_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceAreaCoverage" ADD CONSTRAINT "PoliceAreaCoverage_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The coverage there is now is the first period of its history (when it began is not known).
INSERT INTO "PoliceAreaCoverage" ("id", "policeAreaId", "municipalityId")
SELECT gen_random_uuid(), "policeAreaId", "municipalityId" FROM "PoliceAreaMunicipality";

-- CreateTable
CREATE TABLE "PasswordLink" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" "PasswordLinkPurpose" NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "PasswordLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordLink_tokenHash_key" ON "PasswordLink"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordLink_userId_createdAt_idx" ON "PasswordLink"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "PasswordLink" ADD CONSTRAINT "PasswordLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
