// The form kit renders accessible fields: label, hint and error tied to the control; kept values; the error summary.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "@/components/ui/field";
import { ActionForm, ErrorSummary } from "@/components/ui/form";

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("Field", () => {
  it("ties the label, hint and error to the control", () => {
    const out = html(
      createElement(Field, { id: "f-email", name: "email", label: "Email", hint: "Work", errors: ["Bad"] }),
    );
    expect(out).toContain('<label for="f-email"');
    expect(out).toContain('aria-describedby="f-email-hint f-email-error"');
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('<p id="f-email-error" class="text-sm text-red-800">Bad</p>');
  });

  it("shows the kept value over the default, and options from a label table after the empty choice", () => {
    const out = html(
      createElement(Field, {
        id: "k",
        name: "kind",
        label: "Kind",
        type: "select",
        empty: "Any",
        options: { A: "Alpha", B: "Beta" },
        defaultValue: "A",
        value: "B",
      }),
    );
    expect(out).toMatch(
      /<option value="">Any<\/option><option value="A">Alpha<\/option><option value="B" selected="">/,
    );
  });

  it("checks a checkbox whose value is on", () => {
    const out = html(createElement(Field, { id: "c", name: "c", label: "Yes", type: "checkbox", value: "on" }));
    expect(out).toContain('checked=""');
  });
});

describe("ActionForm", () => {
  it("renders hidden inputs, the fields and one submit button", async () => {
    const out = html(
      createElement(ActionForm<null>, {
        action: async () => null,
        hidden: { programId: "p1" },
        fields: [{ name: "note", label: "Note" }],
        submitLabel: "Save",
      }),
    );
    expect(out).toContain('<input type="hidden" name="programId" value="p1"/>');
    expect(out).toMatch(/<label for="[^"]+-note" class="font-medium">Note<\/label>/);
    expect(out).toMatch(/<button[^>]*type="submit"[^>]*>Save<\/button>/);
  });

  it("summarizes errors: links to the fields it knows, text for the others, focusable alert", () => {
    const failed = {
      ok: false as const,
      status: 422,
      error: "Please correct the highlighted fields.",
      fieldErrors: { note: ["Too long"], lines: ["Enter a quantity."] },
    };
    const fields = [{ name: "note", label: "Note" }];
    const out = html(createElement(ErrorSummary, { failed, fields, idOf: (f: { name: string }) => `x-${f.name}` }));
    expect(out).toContain('role="alert"');
    expect(out).toContain('tabindex="-1"');
    expect(out).toContain('<a href="#x-note" aria-describedby="x-note-error">Note</a>');
    expect(out).toContain("<li>Enter a quantity.</li>");
    expect(out).not.toContain("Too long"); // shown beside its field only
  });
});
