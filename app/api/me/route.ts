// GET /api/me: who is signed in and which organization they act for (401 when nobody).
import { requireActor } from "@/lib/auth/session";
import { jsonRoute } from "@/lib/route-handler";

export const GET = jsonRoute(async () => {
  const actor = await requireActor();
  return Response.json({
    user: { id: actor.userId, email: actor.email, name: actor.name },
    organization: { id: actor.organization.id, name: actor.organization.name, kind: actor.organization.kind },
    role: actor.role,
    side: actor.side,
    organizations: actor.organizations.map((o) => ({ id: o.id, name: o.name, role: o.role })),
  });
});
