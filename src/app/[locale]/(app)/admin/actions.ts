"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createMunicipality, updateMunicipality } from "@/lib/municipalities/mutations";
import { ZCreateMunicipality, ZUpdateMunicipality } from "@/lib/municipalities/schemas";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/mutations";
import { ZCreateOrganisation, ZUpdateOrganisation } from "@/lib/organisations/schemas";
import { createPoliceArea, updatePoliceArea } from "@/lib/police-areas/mutations";
import { ZCreatePoliceArea, ZUpdatePoliceArea } from "@/lib/police-areas/schemas";
import { revalidatePublic } from "@/lib/public/revalidate";
import { createUser, deactivateUser, issuePasswordReset, reactivateUser, updateUser } from "@/lib/users/mutations";
import { ZCreateUser, ZUpdateUser, ZUserRef } from "@/lib/users/schemas";
import type { IssuedLink } from "@/components/admin/link-issuing-form";

// Municipalities and police areas are read by the public pages (names, contact details, the
// accessibility statement): their changes expire the public cache.

export const createMunicipalityAction = defineAction(ZCreateMunicipality, async ({ actor, input }) => {
  const municipality = await createMunicipality(actor, input);
  await revalidatePublic("everything");
  return { ok: true, data: undefined, redirectTo: `/admin/kommuner/${municipality.id}?notice=municipalityCreated` };
});

export const updateMunicipalityAction = defineAction(ZUpdateMunicipality, async ({ actor, input }) => {
  await updateMunicipality(actor, input);
  await revalidatePublic("everything");
  return { ok: true, data: undefined, redirectTo: `/admin/kommuner/${input.id}?notice=saved` };
});

export const createPoliceAreaAction = defineAction(ZCreatePoliceArea, async ({ actor, input }) => {
  const area = await createPoliceArea(actor, input);
  await revalidatePublic("everything");
  return { ok: true, data: undefined, redirectTo: `/admin/polisomraden/${area.id}?notice=policeAreaCreated` };
});

export const updatePoliceAreaAction = defineAction(ZUpdatePoliceArea, async ({ actor, input }) => {
  await updatePoliceArea(actor, input);
  await revalidatePublic("everything");
  return { ok: true, data: undefined, redirectTo: `/admin/polisomraden/${input.id}?notice=saved` };
});

export const createOrganisationAction = defineAction(ZCreateOrganisation, async ({ actor, input }) => {
  const organisation = await createOrganisation(actor, input);
  return { ok: true, data: undefined, redirectTo: `/admin/organisationer/${organisation.id}?notice=organisationCreated` };
});

export const updateOrganisationAction = defineAction(ZUpdateOrganisation, async ({ actor, input }) => {
  await updateOrganisation(actor, input);
  return { ok: true, data: undefined, redirectTo: `/admin/organisationer/${input.id}?notice=saved` };
});

/** Creates the user and answers with their one-time link, shown once to the one who invited them. */
export const createUserAction = defineAction(ZCreateUser, async ({ actor, input }): Promise<{ ok: true; data: IssuedLink }> => {
  const { user, link } = await createUser(actor, input);
  return { ok: true, data: { userId: user.id, name: user.name, path: link.path, expiresAt: link.expiresAt.toISOString() } };
});

export const updateUserAction = defineAction(ZUpdateUser, async ({ actor, input }) => {
  await updateUser(actor, input);
  return { ok: true, data: undefined, redirectTo: `/admin/anvandare/${input.id}?notice=saved` };
});

/** A new one-time link for a new password, shown once (the form shows it; nothing else is said). */
export const resetPasswordAction = defineAction(ZUserRef, async ({ actor, input }): Promise<{ ok: true; data: IssuedLink }> => {
  const { link, name } = await issuePasswordReset(actor, input);
  return { ok: true, data: { userId: input.id, name, path: link.path, expiresAt: link.expiresAt.toISOString() } };
});

export const deactivateUserAction = defineAction(ZUserRef, async ({ actor, input }) => {
  await deactivateUser(actor, input);
  return { ok: true, data: undefined, redirectTo: `/admin/anvandare/${input.id}?notice=deactivated` };
});

export const reactivateUserAction = defineAction(ZUserRef, async ({ actor, input }) => {
  await reactivateUser(actor, input);
  return { ok: true, data: undefined, redirectTo: `/admin/anvandare/${input.id}?notice=reactivated` };
});
