import type { OrganisationKind, Role } from "@/generated/prisma/enums";

/** Who is acting, with the scope their organisation and memberships give them. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  title: string | null;
  role: Role;
  locale: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
  /** Municipalities the user works for: their department's, or all their police area covers. */
  municipalityIds: string[];
  policeAreaIds: string[];
  forumIds: string[];
  chairedForumIds: string[];
  /** Granted by an administrator: may manage the users of their own departments or units (authorize, "user.manage"). */
  mayManageUsers: boolean;
}
