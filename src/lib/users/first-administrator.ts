import { z } from "zod";
import { DomainError } from "@/lib/actions/domain-error";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { RESERVED_SLUGS, SCB_CODE_PATTERN, SLUG_PATTERN } from "@/lib/municipalities/rules";
import { emailField } from "@/lib/municipalities/schemas";
import { slugify } from "@/lib/promises/slug";
import { lockAccounts, unguessablePasswordHash } from "./mutations";
import { issuePasswordLink } from "./password-links";

export const ZFirstAdministrator = z.object({
  municipality: z.string().trim().min(1).max(100),
  code: z.string().trim().regex(SCB_CODE_PATTERN).optional(),
  department: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  email: emailField(),
});
export type TFirstAdministrator = z.infer<typeof ZFirstAdministrator>;

/** The municipality's address: its name as a slug, moved aside from the portal's own paths (/en, /admin). */
function municipalitySlug(name: string): string {
  const slug = slugify(name);
  if (!SLUG_PATTERN.test(slug)) throw new DomainError("admin.errors.slugFormat", "municipality");
  return RESERVED_SLUGS.has(slug) ? `${slug}-kommun` : slug;
}

/**
 * The first administrator of a portal that has none (a new production database): their
 * municipality, the department they work in and their account, with a one-time link to choose
 * a password. Everything else, including more administrators, is then done in the browser.
 * Refused once any administrator exists. Run by `npm run first-admin`; no session, so the
 * history names no user.
 */
export async function createFirstAdministrator(input: TFirstAdministrator) {
  const passwordHash = await unguessablePasswordHash();
  return transaction(async (tx) => {
    await lockAccounts(tx);
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0) throw new DomainError("admin.errors.administratorExists");
    const slug = municipalitySlug(input.municipality);
    const municipality =
      (await tx.municipality.findFirst({ where: { OR: [{ slug }, ...(input.code ? [{ code: input.code }] : [])] } })) ??
      (await tx.municipality.create({ data: { slug, name: input.municipality, code: input.code ?? null } }));
    const organisation = await tx.organisation.create({ data: { kind: "MUNICIPAL_DEPARTMENT", name: input.department, municipalityId: municipality.id } });
    const user = await tx.user.create({ data: { name: input.name, email: input.email, role: "ADMIN", organisationId: organisation.id, passwordHash } });
    const link = await issuePasswordLink(tx, user.id, "INVITE", null);
    await recordAudit(
      {
        userId: null,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        municipalityId: municipality.id,
        entityVersion: 1,
        changes: diffFields({}, { name: user.name, email: user.email, organisation: organisation.name, role: user.role }) as never,
      },
      tx,
    );
    return { municipality: municipality.name, link };
  });
}
