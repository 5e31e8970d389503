// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { FormAction, FormState, Posted } from "@/lib/forms/form-state";
import { FieldError, fieldAria } from "./field-error";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

afterEach(cleanup);

const schema = z.object({ name: z.string().check(z.minLength(1, "Enter a name.")) });
type Values = Posted<z.input<typeof schema>>;

/** A one-field form, put together the way the app's forms use the hook. */
function Harness({ action, stamp }: { action: FormAction<Values>; stamp?: string }) {
  const { posted, pending, register, errorOf, formError, formProps } = useActionForm({
    schema,
    action,
    defaults: (last) => ({ name: last.name ?? "" }),
    before: stamp ? (form) => form.setAttribute("data-stamp", stamp) : undefined,
  });
  return (
    <form {...formProps} aria-label="form">
      <FormError message={formError} />
      <input
        aria-label="Name"
        defaultValue={posted.name}
        {...fieldAria("name-error", errorOf("name"))}
        {...register("name")}
      />
      <FieldError id="name-error" message={errorOf("name")} />
      <input type="hidden" name="extra" value="kept" />
      <button type="submit">{pending ? "Sending" : "Send"}</button>
    </form>
  );
}

/** An action that records each post it receives and answers with `answer`. */
function recording(answer: (data: FormData) => FormState<Values>) {
  const seen: FormData[] = [];
  const action: FormAction<Values> = async (_state, data) => {
    seen.push(data);
    return answer(data);
  };
  return { seen, action };
}

async function submit() {
  await act(async () => {
    fireEvent.submit(screen.getByRole("form"));
  });
}

describe("useActionForm", () => {
  it("stops a post the schema refuses, with the schema's message beside the field", async () => {
    const { seen, action } = recording(() => null);
    render(<Harness action={action} />);
    await submit();
    expect(seen).toEqual([]);
    expect(screen.getByRole("alert").textContent).toBe("Enter a name.");
    const input = screen.getByLabelText("Name");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("name-error");
  });

  it("sends the form's own fields through the action and shows what the server says", async () => {
    const { seen, action } = recording((data) => ({
      errors: { name: "Taken.", "": "Try again later." },
      values: { name: String(data.get("name")) },
    }));
    render(<Harness action={action} />);
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Ada" } });
    await submit();
    expect(seen).toHaveLength(1);
    expect(Object.fromEntries(seen[0]!)).toEqual({ name: "Ada", extra: "kept" });
    expect(screen.getAllByRole("alert").map((p) => p.textContent)).toEqual([
      "Try again later.",
      "Taken.",
    ]);
  });

  it("prefers the browser's message for a field to the server's older one", async () => {
    const { action } = recording(() => ({ errors: { name: "Taken." }, values: { name: "Ada" } }));
    render(<Harness action={action} />);
    const input = screen.getByLabelText("Name");
    fireEvent.change(input, { target: { value: "Ada" } });
    await submit();
    expect(document.getElementById("name-error")?.textContent).toBe("Taken.");
    fireEvent.change(input, { target: { value: "" } });
    await submit();
    expect(document.getElementById("name-error")?.textContent).toBe("Enter a name.");
  });

  it("lets the page fill browser-only fields before the form is read", async () => {
    const { action } = recording(() => null);
    render(<Harness action={action} stamp="now" />);
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Ada" } });
    await submit();
    expect(screen.getByRole("form").getAttribute("data-stamp")).toBe("now");
  });
});

describe("FieldError and fieldAria", () => {
  it("render nothing and claim nothing without a message", () => {
    const { container } = render(<FieldError id="x-error" />);
    expect(container.innerHTML).toBe("");
    expect(fieldAria("x-error", undefined)).toEqual({
      "aria-invalid": undefined,
      "aria-describedby": undefined,
    });
    expect(fieldAria("x-error", undefined, "x-hint")["aria-describedby"]).toBe("x-hint");
  });

  it("tie the input to the message, after any hint", () => {
    const { container } = render(<FieldError id="x-error" message="Too long." />);
    expect(container.innerHTML).toBe(
      '<p id="x-error" role="alert" class="quiz-error mt-2">Too long.</p>',
    );
    expect(fieldAria("x-error", "Too long.", "x-hint")).toEqual({
      "aria-invalid": true,
      "aria-describedby": "x-hint x-error",
    });
  });

  it("FormError: the whole form's message, without an id", () => {
    const { container } = render(<FormError message="Closed." />);
    expect(container.innerHTML).toBe('<p role="alert" class="quiz-error">Closed.</p>');
  });
});
