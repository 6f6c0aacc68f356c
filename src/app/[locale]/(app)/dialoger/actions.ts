"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { ZCreateDialogue, ZUpdateDialogue } from "@/lib/dialogues/schemas";
import { listAddress } from "@/lib/pagination/filter";
import { revalidatePublic } from "@/lib/public/revalidate";

export const createDialogueAction = defineAction(ZCreateDialogue, async ({ actor, input }) => {
  await createDialogue(actor, input);
  await revalidatePublic({ municipalityId: input.municipalityId });
  return { ok: true, data: undefined, redirectTo: listAddress("/dialoger", input.list, "saved") };
});

export const updateDialogueAction = defineAction(ZUpdateDialogue, async ({ actor, input }) => {
  await updateDialogue(actor, input);
  await revalidatePublic({ dialogueId: input.id });
  return { ok: true, data: undefined, redirectTo: "/dialoger?notice=saved" };
});
