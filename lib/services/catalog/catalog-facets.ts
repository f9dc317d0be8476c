import { catalogChoices } from "@/lib/db/queries/catalog-choices";

/**
 * The choices of the catalog's filter form: categories and vendors that have contracts in the catalog.
 * Public, like the catalog itself, so it takes no actor.
 */
export async function catalogFacets() {
  return catalogChoices();
}
