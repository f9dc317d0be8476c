// "Rating of the vendor" on a fulfilled request: the rating given, or the form that gives it.
import type { RequestDetail } from "@/lib/services/requests/get-request";
import { Card } from "@/components/ui/card";
import { RatingForm } from "./rating-form";
import { rateVendorAction } from "@/app/actions/requests";

/** Nothing when the request has no rating and this person may not rate it. */
export function RatingCard({ r }: { r: RequestDetail }) {
  if (!r.rating && !r.canRate) return null;
  return (
    <Card title="Rating of the vendor">
      {r.rating ? (
        <p>
          Quality {r.rating.quality}/5, timeliness {r.rating.timeliness}/5, support {r.rating.support}/5, value{" "}
          {r.rating.value}/5.
          {r.rating.comment ? ` "${r.rating.comment}"` : ""}
        </p>
      ) : (
        <RatingForm action={rateVendorAction} requestId={r.id} />
      )}
    </Card>
  );
}
