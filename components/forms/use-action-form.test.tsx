// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { ActionState, FormAction, Posted } from "@/lib/forms/action-state";
import { ErrorMessage } from "./error-message";
import { Field } from "./field";
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
      <ErrorMessage message={formError} />
      <Field id="name" label="Name" error={errorOf("name")}>
        {(control) => <input {...control} defaultValue={posted.name} {...register("name")} />}
      </Field>
      <input type="hidden" name="extra" value="kept" />
      <button type="submit">{pending ? "Sending" : "Send"}</button>
    </form>
  );
}

/** An action that records each post it receives and answers with `answer`. */
function recording(answer: (data: FormData) => ActionState<Values>) {
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
      fieldErrors: { name: "Taken." },
      formError: "Try again later.",
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
    const { action } = recording(() => ({
      fieldErrors: { name: "Taken." },
      values: { name: "Ada" },
    }));
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
