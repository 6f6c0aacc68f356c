import { addMemberAction, changeChairAction, fillSeatAction, removeMemberAction, removeSeatAction } from "@/app/[locale]/(app)/forum/actions";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import type { ForumRole } from "@/generated/prisma/enums";
import type { ForumDetail } from "@/lib/forums/queries";
import { ADDABLE_ROLES } from "@/lib/forums/rules";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

/**
 * The forum's functions and who fills them: each seat's role, whom it represents, and its
 * member, or "Vakant" with the organisation it belongs to. The chair (or an administrator)
 * adds members in new functions, fills vacant ones, removes members (their function stays),
 * removes vacant functions, and hands the chair to another member.
 */
export function ForumMembers({ forum, mayManage }: { forum: ForumDetail; mayManage: boolean }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.forums;
  const roleName = (role: ForumRole) => (role === "CHAIR" && forum.kind === "WORKING_GROUP" ? f.convener : f.role[role]);
  const seatName = (seat: { role: ForumRole; represents: string }) => (seat.represents ? format(locale, f.seatOption, { role: roleName(seat.role), represents: seat.represents }) : roleName(seat.role));
  const vacant = forum.seats.filter((s) => !s.membership);
  const others = forum.memberships.filter((ms) => ms.user.id !== forum.chairId);

  return (
    <section>
      <h2 id="members" className="text-2xl font-semibold">{f.members}</h2>
      <div className="mt-3">
        <ScrollableTable label={f.members}>
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{f.members}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-4">{f.memberFunction}</th>
                <th scope="col" className="py-1 pr-4">{f.represents}</th>
                <th scope="col" className="py-1 pr-4">{m.overview.name}</th>
                <th scope="col" className="py-1 pr-4">{m.overview.organisation}</th>
                {mayManage && <th scope="col"><span className="sr-only">{m.goals.remove}</span></th>}
              </tr>
            </thead>
            <tbody>
              {forum.seats.map((seat) => {
                const member = seat.membership;
                return (
                  <tr key={seat.id} className="border-t border-slate-200">
                    <td className="py-1 pr-4">{roleName(seat.role)}</td>
                    <td className="py-1 pr-4">{seat.represents}</td>
                    <td className="py-1 pr-4">{member ? member.user.name : <Badge tone="warning">{f.vacant}</Badge>}</td>
                    <td className="py-1 pr-4">{member ? member.user.organisation.name : (seat.organisation?.name ?? "")}</td>
                    {mayManage && (
                      <td className="py-1">
                        {member && seat.role !== "CHAIR" && member.user.id !== forum.chairId && (
                          <ActionForm action={removeMemberAction} id={`remove-${member.id}`}>
                            <input type="hidden" name="membershipId" value={member.id} />
                            <button type="submit" className="text-red-800 underline">{format(locale, f.removeMember, { name: member.user.name })}</button>
                          </ActionForm>
                        )}
                        {!member && seat.role !== "CHAIR" && (
                          <ActionForm action={removeSeatAction} id={`remove-seat-${seat.id}`}>
                            <input type="hidden" name="seatId" value={seat.id} />
                            <button type="submit" className="text-red-800 underline">{format(locale, f.removeSeat, { function: seatName(seat) })}</button>
                          </ActionForm>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollableTable>
      </div>

      {mayManage && (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          {vacant.length > 0 && (
            <div className="rounded-lg border border-slate-300 p-4">
              <h3 className="mb-3 text-lg font-semibold">{f.fillSeat}</h3>
              <ActionForm action={fillSeatAction} id="fill-seat" labels={{ seatId: f.fillSeatField, email: f.addMemberEmail }} className="space-y-3">
                <SelectField name="seatId" label={f.fillSeatField} options={vacant.map((s) => ({ value: s.id, label: seatName(s) }))} />
                <TextField name="email" type="email" label={f.addMemberEmail} />
                <SubmitButton variant="secondary">{f.fillSeat}</SubmitButton>
              </ActionForm>
            </div>
          )}

          <div className="rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{f.addMember}</h3>
            <ActionForm action={addMemberAction} id="add-member" labels={{ email: f.addMemberEmail, role: f.memberFunction, represents: f.represents }} className="space-y-3">
              <input type="hidden" name="forumId" value={forum.id} />
              <TextField name="email" type="email" label={f.addMemberEmail} />
              <SelectField name="role" label={f.memberFunction} defaultValue="MEMBER" options={ADDABLE_ROLES.map((r) => ({ value: r, label: f.role[r] }))} />
              <TextField name="represents" label={f.represents} hint={f.representsHint} optional />
              <SubmitButton variant="secondary">{f.addMember}</SubmitButton>
            </ActionForm>
          </div>

          {others.length > 0 && (
            <div className="rounded-lg border border-slate-300 p-4">
              <h3 className="mb-3 text-lg font-semibold">{f.changeChair}</h3>
              <ActionForm action={changeChairAction} id="change-chair" labels={{ userId: f.newChair }} className="space-y-3">
                <input type="hidden" name="forumId" value={forum.id} />
                <SelectField
                  name="userId"
                  label={f.newChair}
                  hint={f.changeChairHint}
                  options={others.map((ms) => ({ value: ms.user.id, label: `${ms.user.name} (${ms.user.organisation.name})` }))}
                />
                <SubmitButton variant="secondary">{f.changeChair}</SubmitButton>
              </ActionForm>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
