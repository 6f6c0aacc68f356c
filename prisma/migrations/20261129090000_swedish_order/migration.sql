-- Names and titles sort as Swedish does: ... X, Y, Z, Å, Ä, Ö, small and capital letters
-- together. The database's own collation is C, which put "Ängelholm" before "Åre", both after
-- "Zinkgruvan", and every capital before any small letter. The columns that lists are ordered
-- by take ICU's Swedish collation, so every ORDER BY on them (Prisma's and raw SQL) is Swedish.
-- The embedded PGlite carries only ICU's root data, under which Å, Ä and Ö sort as A and O:
-- from PostgreSQL 16 (PGlite is 18) the Swedish letters are also written out as ICU rules,
-- which change nothing where ICU has Swedish; PostgreSQL 15 has no rules, and has Swedish.
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 160000 THEN
    CREATE COLLATION swedish (provider = icu, locale = 'sv-SE', rules = '&Z < å <<< Å < ä <<< Ä << æ <<< Æ < ö <<< Ö << ø <<< Ø');
  ELSE
    CREATE COLLATION swedish (provider = icu, locale = 'sv-SE');
  END IF;
END
$$;

ALTER TABLE "Municipality" ALTER COLUMN "name" TYPE TEXT COLLATE swedish;
ALTER TABLE "PoliceArea" ALTER COLUMN "name" TYPE TEXT COLLATE swedish;
ALTER TABLE "Organisation" ALTER COLUMN "name" TYPE TEXT COLLATE swedish;
ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT COLLATE swedish;
ALTER TABLE "Forum" ALTER COLUMN "name" TYPE TEXT COLLATE swedish;
ALTER TABLE "CitizenPromise" ALTER COLUMN "title" TYPE TEXT COLLATE swedish;
ALTER TABLE "Activity" ALTER COLUMN "title" TYPE TEXT COLLATE swedish;
