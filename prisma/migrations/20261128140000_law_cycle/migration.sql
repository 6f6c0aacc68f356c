-- The law's cycle (Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete):
-- the municipality's lägesbild with indicators and their series, the agreement's action
-- plans (åtgärdsplaner) whose rows are the same Activity rows a promise's activity plan has,
-- approvals of action plans with a frozen copy, the decision log, the agreement's joint
-- commitments, and the municipality's coordinating function and revision interval.
--
-- Existing data: every existing Activity belongs to a promise and keeps its promiseId; the
-- new columns are empty for them, so promises, their follow-up and the open data are unchanged.

-- CreateEnum
CREATE TYPE "TrafficLight" AS ENUM ('GREEN', 'YELLOW', 'RED');
CREATE TYPE "EffortKind" AS ENUM ('ONE_OFF', 'ORDINARY');
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'ADOPTED');

-- AlterEnum (new values are not used in this migration, so adding them in its transaction is safe)
ALTER TYPE "ReportingPeriod" ADD VALUE 'INTERIM';
ALTER TYPE "ApprovalPurpose" ADD VALUE 'ADOPT_ACTION_PLAN';

-- AlterTable
ALTER TABLE "Municipality"
    ADD COLUMN "coordinatingFunction" TEXT,
    ADD COLUMN "revisionIntervalMonths" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "SituationalAnalysis" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "crimeSurvey" TEXT NOT NULL DEFAULT '',
    "otherInformation" TEXT NOT NULL DEFAULT '',
    "analysis" TEXT NOT NULL DEFAULT '',
    "sourcesUsed" TEXT NOT NULL DEFAULT '',
    "sourcesLeftOut" TEXT NOT NULL DEFAULT '',
    "limitations" TEXT NOT NULL DEFAULT '',
    "participants" TEXT NOT NULL DEFAULT '',
    "presentedOn" DATE,
    "presentedTo" TEXT,
    "situationalPictureId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SituationalAnalysis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "analysisId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "place" TEXT,
    "theme" TEXT,
    "source" TEXT,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "baselineOn" DATE NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "measuredOn" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "analysisId" UUID,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanPublication" (
    "id" UUID NOT NULL,
    "actionPlanId" UUID NOT NULL,
    "planVersion" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "adoptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedById" UUID,

    CONSTRAINT "ActionPlanPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "agreementId" UUID,
    "actionPlanId" UUID,
    "body" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "caseNumber" TEXT,
    "paragraph" TEXT,
    "decision" TEXT NOT NULL,
    "condition" TEXT,
    "conditionDueOn" DATE,
    "conditionMetOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id"),
    -- A decision is on an agreement, an action plan, or both (a plan's decision names its agreement).
    CONSTRAINT "Decision_subject_check" CHECK ("agreementId" IS NOT NULL OR "actionPlanId" IS NOT NULL)
);

-- CreateTable
CREATE TABLE "AgreementCommitment" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AgreementCommitment_pkey" PRIMARY KEY ("id")
);

-- AlterTable: an activity belongs to a promise or to an action plan, exactly one of them.
ALTER TABLE "Activity"
    ALTER COLUMN "promiseId" DROP NOT NULL,
    ADD COLUMN "actionPlanId" UUID,
    ADD COLUMN "cause" TEXT,
    ADD COLUMN "operationalGoal" TEXT,
    ADD COLUMN "indicatorId" UUID,
    ADD COLUMN "indicatorTarget" DOUBLE PRECISION,
    ADD COLUMN "effortKind" "EffortKind",
    ADD COLUMN "municipalityContribution" TEXT,
    ADD COLUMN "policeContribution" TEXT,
    ADD COLUMN "dueOn" DATE,
    ADD COLUMN "rating" "TrafficLight",
    ADD CONSTRAINT "Activity_one_owner_check" CHECK (("promiseId" IS NULL) <> ("actionPlanId" IS NULL));

-- AlterTable
ALTER TABLE "ActivityFollowUp" ADD COLUMN "rating" "TrafficLight";

-- AlterTable
ALTER TABLE "Approval" ADD COLUMN "actionPlanId" UUID;

-- CreateIndex
CREATE INDEX "SituationalAnalysis_municipalityId_asOf_idx" ON "SituationalAnalysis"("municipalityId", "asOf");
CREATE INDEX "SituationalAnalysis_situationalPictureId_idx" ON "SituationalAnalysis"("situationalPictureId");
CREATE INDEX "Indicator_analysisId_position_idx" ON "Indicator"("analysisId", "position");
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_measuredOn_key" ON "IndicatorValue"("indicatorId", "measuredOn");
CREATE INDEX "ActionPlan_agreementId_periodStart_idx" ON "ActionPlan"("agreementId", "periodStart");
CREATE INDEX "ActionPlan_analysisId_idx" ON "ActionPlan"("analysisId");
CREATE UNIQUE INDEX "ActionPlanPublication_actionPlanId_key" ON "ActionPlanPublication"("actionPlanId");
CREATE INDEX "Decision_agreementId_decidedOn_idx" ON "Decision"("agreementId", "decidedOn");
CREATE INDEX "Decision_actionPlanId_decidedOn_idx" ON "Decision"("actionPlanId", "decidedOn");
CREATE INDEX "Decision_municipalityId_decidedOn_idx" ON "Decision"("municipalityId", "decidedOn");
CREATE INDEX "AgreementCommitment_agreementId_position_idx" ON "AgreementCommitment"("agreementId", "position");
CREATE INDEX "Activity_actionPlanId_position_idx" ON "Activity"("actionPlanId", "position");
CREATE INDEX "Activity_indicatorId_idx" ON "Activity"("indicatorId");
CREATE INDEX "Approval_actionPlanId_idx" ON "Approval"("actionPlanId");
-- Each party stands behind an action plan's version once, as for agreements and promises.
CREATE UNIQUE INDEX "Approval_actionPlan_standing_key" ON "Approval"("actionPlanId", "subjectVersion", "party") WHERE "withdrawnAt" IS NULL;

-- AddForeignKey
ALTER TABLE "SituationalAnalysis" ADD CONSTRAINT "SituationalAnalysis_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SituationalAnalysis" ADD CONSTRAINT "SituationalAnalysis_situationalPictureId_fkey" FOREIGN KEY ("situationalPictureId") REFERENCES "SituationalPicture"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_analysisId_fkey" FOREIGN KEY ("analysisId") REFERENCES "SituationalAnalysis"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_analysisId_fkey" FOREIGN KEY ("analysisId") REFERENCES "SituationalAnalysis"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionPlanPublication" ADD CONSTRAINT "ActionPlanPublication_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementCommitment" ADD CONSTRAINT "AgreementCommitment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
