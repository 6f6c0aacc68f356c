-- The version a change produced, so a conflicting save can be shown what changed since;
-- and the record an entry belongs under (a goal's agreement), so history outlives removals.
ALTER TABLE "AuditLog" ADD COLUMN "entityVersion" INTEGER;
ALTER TABLE "AuditLog" ADD COLUMN "contextId" TEXT;

CREATE INDEX "AuditLog_contextId_at_idx" ON "AuditLog"("contextId", "at");
