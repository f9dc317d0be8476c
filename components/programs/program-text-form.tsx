// A program's one-box forms: what someone writes about the program (a committee comment, a vendor's question, the
// evaluation criteria), each sent with the program's id.
import { ActionForm } from "@/components/ui/form";
import { commentOnRfpAction } from "@/app/actions/programs/committee";
import { setCriteriaAction } from "@/app/actions/programs/evaluation";
import { askVendorQuestionAction } from "@/app/actions/programs/solicitation";

const FORMS = {
  comment: {
    action: commentOnRfpAction,
    submit: "Post comment",
    name: "body",
    label: "Your comment on the draft",
    rows: 3,
  },
  question: {
    action: askVendorQuestionAction,
    submit: "Ask the cooperative",
    name: "question",
    label: "Your question about the RFP",
    rows: 3,
  },
  criteria: {
    action: setCriteriaAction,
    submit: "Save criteria",
    name: "criteria",
    label: "Criteria, one per line: name | weight",
    rows: 5,
  },
};

/** The `form` form of program `programId`: one textarea, starting with `defaultValue` (empty unless told). */
export function ProgramTextForm({
  form,
  programId,
  defaultValue,
}: {
  form: keyof typeof FORMS;
  programId: string;
  defaultValue?: string;
}) {
  const { action, submit, ...box } = FORMS[form];
  return (
    <ActionForm
      action={action}
      submitLabel={submit}
      hidden={{ programId }}
      fields={[{ ...box, type: "textarea", defaultValue }]}
    />
  );
}
