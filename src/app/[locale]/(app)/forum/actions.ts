"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addMember, changeChair, createForum, createWorkingGroup, fillSeat, removeMember, removeSeat, updateForum } from "@/lib/forums/mutations";
import { createMeeting, escalateItem, recordMeeting, recordSituationalPicture, updateItemStatus } from "@/lib/meetings/mutations";
import {
  ZAddMember,
  ZChangeChair,
  ZCreateForum,
  ZCreateMeeting,
  ZCreateWorkingGroup,
  ZEscalateItem,
  ZFillSeat,
  ZRecordMeeting,
  ZRemoveMember,
  ZRemoveSeat,
  ZSituationalPicture,
  ZUpdateForum,
  ZUpdateItemStatus,
} from "@/lib/meetings/schemas";

const refresh = (forumId: string) => revalidatePath(`/forum/${forumId}`, "layout");

export const createMeetingAction = defineAction(ZCreateMeeting, async ({ actor, input }) => {
  const meeting = await createMeeting(actor, input);
  refresh(input.forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${input.forumId}/moten/${meeting.id}?notice=saved` };
});

export const recordMeetingAction = defineAction(ZRecordMeeting, async ({ actor, input }) => {
  const { forumId } = await recordMeeting(actor, input);
  refresh(forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${forumId}/moten/${input.id}?notice=saved` };
});

export const updateItemStatusAction = defineAction(ZUpdateItemStatus, async ({ actor, input }) => {
  const { forumId } = await updateItemStatus(actor, input);
  refresh(forumId);
  return { ok: true, data: undefined };
});

export const escalateItemAction = defineAction(ZEscalateItem, async ({ actor, input }) => {
  const { forumId, parentId } = await escalateItem(actor, input);
  refresh(forumId);
  refresh(parentId);
  return { ok: true, data: undefined };
});

export const recordPictureAction = defineAction(ZSituationalPicture, async ({ actor, input }) => {
  await recordSituationalPicture(actor, input);
  refresh(input.forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${input.forumId}?notice=saved#lagesbild` };
});

export const addMemberAction = defineAction(ZAddMember, async ({ actor, input }) => {
  await addMember(actor, input);
  refresh(input.forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${input.forumId}?notice=saved` };
});

export const removeMemberAction = defineAction(ZRemoveMember, async ({ actor, input }) => {
  const { forumId } = await removeMember(actor, input);
  refresh(forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${forumId}?notice=saved` };
});

export const fillSeatAction = defineAction(ZFillSeat, async ({ actor, input }) => {
  const { forumId } = await fillSeat(actor, input);
  refresh(forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${forumId}?notice=saved#members` };
});

export const removeSeatAction = defineAction(ZRemoveSeat, async ({ actor, input }) => {
  const { forumId } = await removeSeat(actor, input);
  refresh(forumId);
  return { ok: true, data: undefined, redirectTo: `/forum/${forumId}?notice=saved#members` };
});

export const changeChairAction = defineAction(ZChangeChair, async ({ actor, input }) => {
  const { forumId } = await changeChair(actor, input);
  refresh(forumId);
  // The forum list shows the chair, and who may create forums under this one has changed.
  revalidatePath("/forum");
  return { ok: true, data: undefined, redirectTo: `/forum/${forumId}?notice=saved#members` };
});

export const createWorkingGroupAction = defineAction(ZCreateWorkingGroup, async ({ actor, input }) => {
  const group = await createWorkingGroup(actor, input);
  refresh(input.parentId);
  return { ok: true, data: undefined, redirectTo: `/forum/${group.id}?notice=saved` };
});

export const createForumAction = defineAction(ZCreateForum, async ({ actor, input }) => {
  const forum = await createForum(actor, input);
  revalidatePath("/forum");
  return { ok: true, data: undefined, redirectTo: `/forum/${forum.id}?notice=saved` };
});

export const updateForumAction = defineAction(ZUpdateForum, async ({ actor, input }) => {
  await updateForum(actor, input);
  refresh(input.id);
  return { ok: true, data: undefined, redirectTo: `/forum/${input.id}?notice=saved` };
});
