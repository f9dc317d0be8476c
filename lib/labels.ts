// Human labels for enum values, in one place.
import type { Affiliation, OrgKind, OrgRole } from "@/lib/generated/prisma/enums";

export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  MUNICIPALITY: "Municipality",
  BOARD_OF_EDUCATION: "Board of education",
  LIBRARY: "Library",
  OTHER_PUBLIC: "Other public entity",
  VENDOR: "Vendor",
  COOPERATIVE: "Cooperative",
};

export const ROLE_LABEL: Record<OrgRole, string> = {
  ADMIN: "Administrator",
  IT_LEAD: "IT lead",
  PURCHASING: "Purchasing officer",
  STAFF: "Staff",
};

export const AFFILIATION_LABEL: Record<Affiliation, string> = {
  CRCOG: "CRCOG Service Sharing Initiative",
  CRPC: "Capitol Region Purchasing Council",
  COST: "Connecticut Council of Small Towns",
};
