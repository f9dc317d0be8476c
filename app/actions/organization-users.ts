"use server";
// An organization admin manages its people: invite with a role, change a role, remove.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action";
import { verbAction } from "@/app/actions/verb-action";
import { ChangeRoleInput, InviteUserInput, RemoveUserInput } from "@/lib/services/organizations/schemas";
import { changeUserRole } from "@/lib/services/organizations/change-user-role";
import { inviteUser } from "@/lib/services/organizations/invite-user";
import { removeUser } from "@/lib/services/organizations/remove-user";

const refreshPeople = () => revalidatePath("/organization");

export const inviteUserAction = formAction(
  InviteUserInput,
  async ({ actor, input }) => {
    await inviteUser({ actor, input });
    refreshPeople();
    return { email: input.email };
  },
  "Invitation sent.",
);

export const changeUserRoleAction = verbAction(ChangeRoleInput, changeUserRole, refreshPeople, "Role changed.");

export const removeUserAction = verbAction(
  RemoveUserInput,
  removeUser,
  refreshPeople,
  "Removed from the organization.",
);
