"use server";
// An organization admin manages its people: invite with a role, change a role, remove.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/action";
import { ChangeRoleInput, InviteUserInput, RemoveUserInput } from "@/lib/services/organizations/schemas";
import { changeUserRole } from "@/lib/services/organizations/change-user-role";
import { inviteUser } from "@/lib/services/organizations/invite-user";
import { removeUser } from "@/lib/services/organizations/remove-user";

export const inviteUserAction = formAction(
  InviteUserInput,
  async ({ actor, input }) => {
    await inviteUser({ actor, input });
    revalidatePath("/organization");
    return { email: input.email };
  },
  "Invitation sent.",
);

export const changeUserRoleAction = formAction(
  ChangeRoleInput,
  async ({ actor, input }) => {
    await changeUserRole({ actor, input });
    revalidatePath("/organization");
  },
  "Role changed.",
);

export const removeUserAction = formAction(
  RemoveUserInput,
  async ({ actor, input }) => {
    await removeUser({ actor, input });
    revalidatePath("/organization");
  },
  "Removed from the organization.",
);
