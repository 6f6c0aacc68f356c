import { z } from "zod";
import { ADDABLE_ROLES, FORUM_LEVELS } from "@/lib/forums/rules";
import { confirmNoPersonalData } from "@/lib/promises/schemas";
import { chosenId, idList, longText, optionalCount, optionalUuid, requiredDate, requiredText, rows, swedishDateTime, uuid, version } from "@/lib/validation/fields";

/** "goal:<id>", "promise:<id>" or "activity:<id>": what an item concerns, from one select. */
const concerns = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      const none = { goalId: null, promiseId: null, activityId: null };
      if (!value) return none;
      const match = /^(goal|promise|activity):([0-9a-f-]{36})$/.exec(value);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "validation.invalid" });
        return z.NEVER;
      }
      return { ...none, [`${match[1]}Id`]: match[2] } as { goalId: string | null; promiseId: string | null; activityId: string | null };
    });

const itemShape = {
  title: requiredText(500),
  responsibleUserId: optionalUuid(),
  responsibleOrganisationId: optionalUuid(),
  dueOn: requiredDate(),
  concerns: concerns(),
};

function responsibleRequired(item: { responsibleUserId: string | null; responsibleOrganisationId: string | null }, ctx: z.RefinementCtx) {
  if (!item.responsibleUserId && !item.responsibleOrganisationId) {
    ctx.addIssue({ code: "custom", path: ["responsibleUserId"], message: "meetings.errors.responsibleRequired" });
  }
}

const flattenConcerns = <T extends { concerns: { goalId: string | null; promiseId: string | null; activityId: string | null } }>({ concerns: about, ...item }: T) => ({ ...item, ...about });

/** An action item: what, who (a member or an organisation), by when, and optionally what it concerns. */
export const ZActionItemRow = z.object(itemShape).superRefine(responsibleRequired).transform(flattenConcerns);

/**
 * A row of the minutes' items: an item the meeting already has carries its id, so saving
 * the minutes again updates it instead of adding it a second time; a row without an id is new.
 */
export const ZMeetingItemRow = z.object({ ...itemShape, id: optionalUuid().optional() }).superRefine(responsibleRequired).transform(flattenConcerns);

/**
 * Items may not be due before the meeting's day. Runs only on dates that parsed: an empty
 * or malformed date already has its own message at its field.
 */
function dueAfterMeeting(value: { startsAt: unknown; items: unknown[] }, ctx: z.RefinementCtx) {
  if (!(value.startsAt instanceof Date)) return;
  const startsAt = value.startsAt;
  const meetingDay = new Date(Date.UTC(startsAt.getUTCFullYear(), startsAt.getUTCMonth(), startsAt.getUTCDate()));
  value.items.forEach((item, i) => {
    const dueOn = item && typeof item === "object" ? (item as { dueOn?: unknown }).dueOn : undefined;
    if (dueOn instanceof Date && dueOn < meetingDay) ctx.addIssue({ code: "custom", path: ["items", i, "dueOn"], message: "meetings.errors.dueBeforeMeeting" });
  });
}

export const ZCreateMeeting = z
  .object({
    forumId: uuid(),
    startsAt: swedishDateTime(),
    location: longText(300),
    agenda: longText(10_000),
    items: rows(ZActionItemRow, 30),
    confirmNoPersonalData: confirmNoPersonalData(),
  })
  .superRefine(dueAfterMeeting);
export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

export const ZRecordMeeting = z
  .object({
    id: uuid(),
    version: version(),
    startsAt: swedishDateTime(),
    location: longText(300),
    agenda: longText(10_000),
    minutes: longText(50_000),
    status: z.enum(["PLANNED", "HELD", "CANCELLED"], "validation.required"),
    presentUserIds: idList(),
    guests: rows(z.object({ organisationName: requiredText(200), count: optionalCount(500, { min: 1, message: "meetings.errors.guestCount" }).pipe(z.number("meetings.errors.guestCount")) }), 20),
    decisions: rows(z.object({ text: requiredText(2000) }), 30),
    items: rows(ZMeetingItemRow, 60),
    confirmNoPersonalData: confirmNoPersonalData(),
  })
  .superRefine(dueAfterMeeting);
export type TRecordMeeting = z.infer<typeof ZRecordMeeting>;

export const ZUpdateItemStatus = z.object({
  id: uuid(),
  version: version(),
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"], "validation.required"),
});
export const ZEscalateItem = z.object({ id: uuid(), version: version() });

export const ZSituationalPicture = z.object({
  forumId: uuid(),
  weekOf: requiredDate(),
  summary: longText(10_000),
  callsFor: longText(5000),
  entries: rows(z.object({ theme: requiredText(200), place: z.string().trim().max(200).optional().transform((v) => v || null), summary: requiredText(5000) }), 30),
  confirmNoPersonalData: confirmNoPersonalData(),
});
export type TSituationalPicture = z.infer<typeof ZSituationalPicture>;

const memberEmail = () => z.string().trim().toLowerCase().pipe(z.email("signIn.errors.emailInvalid"));
/** A new function in the forum (its role and whom it represents), filled by the person with this e-mail address. */
export const ZAddMember = z.object({ forumId: uuid(), email: memberEmail(), role: z.enum(ADDABLE_ROLES, "validation.required"), represents: longText(200) });
export type TAddMember = z.infer<typeof ZAddMember>;
/** A vacant function, filled by the person with this e-mail address. */
export const ZFillSeat = z.object({ seatId: uuid(), email: memberEmail() });
/** A member leaves; their function stays, vacant. */
export const ZRemoveMember = z.object({ membershipId: uuid() });
/** A vacant function the forum no longer has. */
export const ZRemoveSeat = z.object({ seatId: uuid() });
/** The chair's role moves to another member. */
export const ZChangeChair = z.object({ forumId: uuid(), userId: uuid() });

export const ZCreateWorkingGroup = z
  .object({
    parentId: uuid(),
    name: requiredText(200),
    purpose: longText(5000),
    startsOn: requiredDate(),
    endsOn: requiredDate(),
    actionPlan: longText(20_000),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "agreements.errors.endBeforeStart" });
  });

const forumFields = {
  name: requiredText(200),
  level: z.enum(FORUM_LEVELS, "validation.required"),
  purpose: longText(5000),
  cadence: longText(200),
  parentId: optionalUuid(),
  /** The agreement the forum serves, one of its municipality's; left out, unchanged (or, for a new forum, its parent's). */
  agreementId: optionalUuid().optional(),
  reportsToText: z
    .string()
    .trim()
    .max(300, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
};
export const ZCreateForum = z.object({ ...forumFields, municipalityId: chosenId() });
export const ZUpdateForum = z.object({ ...forumFields, id: uuid(), version: version() });
export type TCreateForum = z.infer<typeof ZCreateForum>;
export type TUpdateForum = z.infer<typeof ZUpdateForum>;
