-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('MUNICIPAL_DEPARTMENT', 'POLICE_AREA', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MUNICIPAL_OFFICIAL', 'POLICE_STAFF', 'FORUM_MEMBER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'IN_PREPARATION', 'ADOPTED', 'ACTIVE', 'EXPIRED', 'REPLACED');

-- CreateEnum
CREATE TYPE "Party" AS ENUM ('MUNICIPALITY', 'POLICE');

-- CreateEnum
CREATE TYPE "PromiseStatus" AS ENUM ('DRAFT', 'AWAITING_APPROVAL', 'PUBLISHED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "PromiseFocus" AS ENUM ('PLACE', 'TARGET_GROUP');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'ONGOING', 'DONE', 'DEVIATING', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReportingPeriod" AS ENUM ('MONTH', 'TERTIAL', 'HALF_YEAR', 'YEAR');

-- CreateEnum
CREATE TYPE "ForumLevel" AS ENUM ('STRATEGIC', 'TACTICAL', 'OPERATIVE');

-- CreateEnum
CREATE TYPE "ForumKind" AS ENUM ('FORUM', 'WORKING_GROUP');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApprovalPurpose" AS ENUM ('ADOPT_AGREEMENT', 'PUBLISH_PROMISE');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceArea" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PoliceArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceAreaMunicipality" (
    "policeAreaId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,

    CONSTRAINT "PoliceAreaMunicipality_pkey" PRIMARY KEY ("policeAreaId","municipalityId")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "municipalityId" UUID,
    "policeAreaId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'sv',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "policeAreaId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "caseNumber" TEXT,
    "decisionBody" TEXT,
    "decisionParagraph" TEXT,
    "decisionDate" DATE,
    "aim" TEXT NOT NULL DEFAULT '',
    "background" TEXT NOT NULL DEFAULT '',
    "economy" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT '',
    "collaborationModel" TEXT NOT NULL DEFAULT '',
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "replacesId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementPriority" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "AgreementPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSignatory" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "party" "Party" NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "signedOn" DATE,

    CONSTRAINT "AgreementSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "parentId" UUID,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BasisDocument" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "BasisDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementBasisDocument" (
    "agreementId" UUID NOT NULL,
    "basisDocumentId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementBasisDocument_pkey" PRIMARY KEY ("agreementId","basisDocumentId")
);

-- CreateTable
CREATE TABLE "CitizenPromise" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "policeAreaId" UUID NOT NULL,
    "agreementId" UUID,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "focus" "PromiseFocus" NOT NULL,
    "place" TEXT,
    "targetGroup" TEXT,
    "targetGroupRationale" TEXT NOT NULL DEFAULT '',
    "background" TEXT NOT NULL DEFAULT '',
    "citizenPerspective" TEXT NOT NULL DEFAULT '',
    "criterionSafety" TEXT NOT NULL DEFAULT '',
    "criterionCrime" TEXT NOT NULL DEFAULT '',
    "criterionParticipation" TEXT NOT NULL DEFAULT '',
    "criterionTrust" TEXT NOT NULL DEFAULT '',
    "conclusion" TEXT NOT NULL DEFAULT '',
    "status" "PromiseStatus" NOT NULL DEFAULT 'DRAFT',
    "renewsId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CitizenPromise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromiseSignatory" (
    "id" UUID NOT NULL,
    "promiseId" UUID NOT NULL,
    "party" "Party" NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "signedOn" DATE,

    CONSTRAINT "PromiseSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromiseGoal" (
    "promiseId" UUID NOT NULL,
    "goalId" UUID NOT NULL,

    CONSTRAINT "PromiseGoal_pkey" PRIMARY KEY ("promiseId","goalId")
);

-- CreateTable
CREATE TABLE "PromiseBasisDocument" (
    "promiseId" UUID NOT NULL,
    "basisDocumentId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PromiseBasisDocument_pkey" PRIMARY KEY ("promiseId","basisDocumentId")
);

-- CreateTable
CREATE TABLE "PromisePublication" (
    "id" UUID NOT NULL,
    "promiseId" UUID NOT NULL,
    "promiseVersion" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" UUID,

    CONSTRAINT "PromisePublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "promiseId" UUID NOT NULL,
    "goalId" UUID,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "timing" TEXT NOT NULL DEFAULT '',
    "responsible" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT '',
    "evaluation" TEXT NOT NULL DEFAULT '',
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "targetValue" INTEGER,
    "targetUnit" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityResponsible" (
    "activityId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "ActivityResponsible_pkey" PRIMARY KEY ("activityId","organisationId")
);

-- CreateTable
CREATE TABLE "ActivityFollowUp" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "periodType" "ReportingPeriod" NOT NULL,
    "periodStart" DATE NOT NULL,
    "done" TEXT NOT NULL DEFAULT '',
    "comment" TEXT NOT NULL DEFAULT '',
    "status" "ActivityStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActivityFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpFigure" (
    "id" UUID NOT NULL,
    "followUpId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "countsTowardsTarget" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "FollowUpFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitizenDialogue" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL DEFAULT '',
    "participantCount" INTEGER,
    "themes" TEXT NOT NULL DEFAULT '',
    "announced" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CitizenDialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromiseDialogue" (
    "promiseId" UUID NOT NULL,
    "dialogueId" UUID NOT NULL,

    CONSTRAINT "PromiseDialogue_pkey" PRIMARY KEY ("promiseId","dialogueId")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "policeAreaId" UUID,
    "agreementId" UUID,
    "kind" "ForumKind" NOT NULL DEFAULT 'FORUM',
    "level" "ForumLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "cadence" TEXT NOT NULL DEFAULT '',
    "reportsToText" TEXT,
    "parentId" UUID,
    "chairId" UUID,
    "startsOn" DATE,
    "endsOn" DATE,
    "actionPlan" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumMembership" (
    "id" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "function" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "agenda" TEXT NOT NULL DEFAULT '',
    "minutes" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "present" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "MeetingGuest" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "organisationId" UUID,
    "organisationName" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeetingGuest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "meetingId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "responsibleUserId" UUID,
    "responsibleOrganisationId" UUID,
    "dueOn" DATE NOT NULL,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
    "goalId" UUID,
    "promiseId" UUID,
    "activityId" UUID,
    "escalatedFromId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SituationalPicture" (
    "id" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "weekOf" DATE NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "callsFor" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SituationalPicture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SituationalPictureEntry" (
    "id" UUID NOT NULL,
    "pictureId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "theme" TEXT NOT NULL,
    "place" TEXT,
    "summary" TEXT NOT NULL,

    CONSTRAINT "SituationalPictureEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" UUID NOT NULL,
    "purpose" "ApprovalPurpose" NOT NULL,
    "agreementId" UUID,
    "promiseId" UUID,
    "subjectVersion" INTEGER NOT NULL,
    "party" "Party" NOT NULL,
    "userId" UUID NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "municipalityId" UUID,
    "changes" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PoliceArea_slug_key" ON "PoliceArea"("slug");

-- CreateIndex
CREATE INDEX "PoliceAreaMunicipality_municipalityId_idx" ON "PoliceAreaMunicipality"("municipalityId");

-- CreateIndex
CREATE INDEX "Organisation_policeAreaId_idx" ON "Organisation"("policeAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_municipalityId_name_key" ON "Organisation"("municipalityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_replacesId_key" ON "Agreement"("replacesId");

-- CreateIndex
CREATE INDEX "Agreement_policeAreaId_idx" ON "Agreement"("policeAreaId");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_municipalityId_caseNumber_key" ON "Agreement"("municipalityId", "caseNumber");

-- CreateIndex
CREATE INDEX "AgreementPriority_agreementId_position_idx" ON "AgreementPriority"("agreementId", "position");

-- CreateIndex
CREATE INDEX "AgreementSignatory_agreementId_idx" ON "AgreementSignatory"("agreementId");

-- CreateIndex
CREATE INDEX "Goal_agreementId_parentId_position_idx" ON "Goal"("agreementId", "parentId", "position");

-- CreateIndex
CREATE INDEX "BasisDocument_municipalityId_idx" ON "BasisDocument"("municipalityId");

-- CreateIndex
CREATE INDEX "AgreementBasisDocument_basisDocumentId_idx" ON "AgreementBasisDocument"("basisDocumentId");

-- CreateIndex
CREATE INDEX "CitizenPromise_policeAreaId_idx" ON "CitizenPromise"("policeAreaId");

-- CreateIndex
CREATE INDEX "CitizenPromise_status_idx" ON "CitizenPromise"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CitizenPromise_municipalityId_slug_key" ON "CitizenPromise"("municipalityId", "slug");

-- CreateIndex
CREATE INDEX "PromiseSignatory_promiseId_idx" ON "PromiseSignatory"("promiseId");

-- CreateIndex
CREATE INDEX "PromiseGoal_goalId_idx" ON "PromiseGoal"("goalId");

-- CreateIndex
CREATE INDEX "PromiseBasisDocument_basisDocumentId_idx" ON "PromiseBasisDocument"("basisDocumentId");

-- CreateIndex
CREATE INDEX "PromisePublication_promiseId_publishedAt_idx" ON "PromisePublication"("promiseId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PromisePublication_promiseId_promiseVersion_key" ON "PromisePublication"("promiseId", "promiseVersion");

-- CreateIndex
CREATE INDEX "Activity_promiseId_position_idx" ON "Activity"("promiseId", "position");

-- CreateIndex
CREATE INDEX "Activity_goalId_idx" ON "Activity"("goalId");

-- CreateIndex
CREATE INDEX "ActivityResponsible_organisationId_idx" ON "ActivityResponsible"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityFollowUp_activityId_periodType_periodStart_key" ON "ActivityFollowUp"("activityId", "periodType", "periodStart");

-- CreateIndex
CREATE INDEX "FollowUpFigure_followUpId_idx" ON "FollowUpFigure"("followUpId");

-- CreateIndex
CREATE INDEX "CitizenDialogue_municipalityId_startsAt_idx" ON "CitizenDialogue"("municipalityId", "startsAt");

-- CreateIndex
CREATE INDEX "PromiseDialogue_dialogueId_idx" ON "PromiseDialogue"("dialogueId");

-- CreateIndex
CREATE INDEX "Forum_municipalityId_level_idx" ON "Forum"("municipalityId", "level");

-- CreateIndex
CREATE INDEX "Forum_parentId_idx" ON "Forum"("parentId");

-- CreateIndex
CREATE INDEX "ForumMembership_userId_idx" ON "ForumMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMembership_forumId_userId_key" ON "ForumMembership"("forumId", "userId");

-- CreateIndex
CREATE INDEX "Meeting_forumId_startsAt_idx" ON "Meeting"("forumId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingAttendance_userId_idx" ON "MeetingAttendance"("userId");

-- CreateIndex
CREATE INDEX "MeetingGuest_meetingId_idx" ON "MeetingGuest"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingGuest_organisationId_idx" ON "MeetingGuest"("organisationId");

-- CreateIndex
CREATE INDEX "MeetingDecision_meetingId_position_idx" ON "MeetingDecision"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ActionItem_escalatedFromId_key" ON "ActionItem"("escalatedFromId");

-- CreateIndex
CREATE INDEX "ActionItem_forumId_status_idx" ON "ActionItem"("forumId", "status");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_responsibleUserId_status_idx" ON "ActionItem"("responsibleUserId", "status");

-- CreateIndex
CREATE INDEX "ActionItem_responsibleOrganisationId_idx" ON "ActionItem"("responsibleOrganisationId");

-- CreateIndex
CREATE INDEX "ActionItem_goalId_idx" ON "ActionItem"("goalId");

-- CreateIndex
CREATE INDEX "ActionItem_promiseId_idx" ON "ActionItem"("promiseId");

-- CreateIndex
CREATE INDEX "ActionItem_activityId_idx" ON "ActionItem"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "SituationalPicture_forumId_weekOf_key" ON "SituationalPicture"("forumId", "weekOf");

-- CreateIndex
CREATE INDEX "SituationalPictureEntry_pictureId_position_idx" ON "SituationalPictureEntry"("pictureId", "position");

-- CreateIndex
CREATE INDEX "Approval_agreementId_idx" ON "Approval"("agreementId");

-- CreateIndex
CREATE INDEX "Approval_promiseId_idx" ON "Approval"("promiseId");

-- CreateIndex
CREATE INDEX "Approval_userId_idx" ON "Approval"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_municipalityId_at_idx" ON "AuditLog"("municipalityId", "at");

-- AddForeignKey
ALTER TABLE "PoliceAreaMunicipality" ADD CONSTRAINT "PoliceAreaMunicipality_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoliceAreaMunicipality" ADD CONSTRAINT "PoliceAreaMunicipality_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPriority" ADD CONSTRAINT "AgreementPriority_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BasisDocument" ADD CONSTRAINT "BasisDocument_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementBasisDocument" ADD CONSTRAINT "AgreementBasisDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementBasisDocument" ADD CONSTRAINT "AgreementBasisDocument_basisDocumentId_fkey" FOREIGN KEY ("basisDocumentId") REFERENCES "BasisDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenPromise" ADD CONSTRAINT "CitizenPromise_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenPromise" ADD CONSTRAINT "CitizenPromise_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenPromise" ADD CONSTRAINT "CitizenPromise_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenPromise" ADD CONSTRAINT "CitizenPromise_renewsId_fkey" FOREIGN KEY ("renewsId") REFERENCES "CitizenPromise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseSignatory" ADD CONSTRAINT "PromiseSignatory_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseGoal" ADD CONSTRAINT "PromiseGoal_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseGoal" ADD CONSTRAINT "PromiseGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseBasisDocument" ADD CONSTRAINT "PromiseBasisDocument_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseBasisDocument" ADD CONSTRAINT "PromiseBasisDocument_basisDocumentId_fkey" FOREIGN KEY ("basisDocumentId") REFERENCES "BasisDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromisePublication" ADD CONSTRAINT "PromisePublication_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityResponsible" ADD CONSTRAINT "ActivityResponsible_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityResponsible" ADD CONSTRAINT "ActivityResponsible_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityFollowUp" ADD CONSTRAINT "ActivityFollowUp_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpFigure" ADD CONSTRAINT "FollowUpFigure_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "ActivityFollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenDialogue" ADD CONSTRAINT "CitizenDialogue_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseDialogue" ADD CONSTRAINT "PromiseDialogue_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromiseDialogue" ADD CONSTRAINT "PromiseDialogue_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "CitizenDialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_policeAreaId_fkey" FOREIGN KEY ("policeAreaId") REFERENCES "PoliceArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMembership" ADD CONSTRAINT "ForumMembership_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMembership" ADD CONSTRAINT "ForumMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingGuest" ADD CONSTRAINT "MeetingGuest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingGuest" ADD CONSTRAINT "MeetingGuest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_responsibleOrganisationId_fkey" FOREIGN KEY ("responsibleOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_escalatedFromId_fkey" FOREIGN KEY ("escalatedFromId") REFERENCES "ActionItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationalPicture" ADD CONSTRAINT "SituationalPicture_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationalPictureEntry" ADD CONSTRAINT "SituationalPictureEntry_pictureId_fkey" FOREIGN KEY ("pictureId") REFERENCES "SituationalPicture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_promiseId_fkey" FOREIGN KEY ("promiseId") REFERENCES "CitizenPromise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

