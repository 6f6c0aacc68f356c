-- Sessions end when the user's sessionVersion moves past the one in their cookie
-- (sign-out, endSessions()).
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Sign-in throttling counts attempts (before the password is checked) per account and
-- client address and per client address, under keyed hashes. Rows under the old keys
-- (plain e-mail, unkeyed address hash) would never be read again: start empty.
DELETE FROM "LoginThrottle";
ALTER TABLE "LoginThrottle" RENAME COLUMN "failures" TO "attempts";
ALTER TABLE "LoginThrottle" RENAME COLUMN "firstFailureAt" TO "windowStart";
