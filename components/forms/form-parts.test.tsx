// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorMessage, fieldAria } from "./error-message";
import { Field } from "./field";
import { RadioGroup } from "./radio-group";

afterEach(cleanup);

/** What register("pick") gives a form: only the name matters to the markup. */
const registration = {
  name: "pick",
  onChange: async () => {},
  onBlur: async () => {},
  ref: () => {},
};
const options = [
  { value: "a", label: "First" },
  { value: "b", label: "A label long enough to wrap on a phone at the largest text size" },
];

describe("ErrorMessage and fieldAria", () => {
  it("render nothing and claim nothing without a message", () => {
    const { container } = render(<ErrorMessage id="x-error" />);
    expect(container.innerHTML).toBe("");
    expect(fieldAria("x-error", undefined)).toEqual({
      "aria-invalid": undefined,
      "aria-describedby": undefined,
    });
    expect(fieldAria("x-error", undefined, "x-hint")["aria-describedby"]).toBe("x-hint");
  });

  it("tie the control to the message, after any hint", () => {
    const { container } = render(
      <ErrorMessage id="x-error" message="Too long." className="mt-2" />,
    );
    expect(container.innerHTML).toBe(
      '<p id="x-error" role="alert" class="quiz-error mt-2">Too long.</p>',
    );
    expect(fieldAria("x-error", "Too long.", "x-hint")).toEqual({
      "aria-invalid": true,
      "aria-describedby": "x-hint x-error",
    });
  });

  it("a form's message has no id; what follows the words stays inside the alert", () => {
    render(
      <ErrorMessage message="Closed.">
        <button type="button">Reload</button>
      </ErrorMessage>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.id).toBe("");
    expect(alert.textContent).toBe("Closed.Reload");
  });
});

describe("Field", () => {
  it("labels the control, reads the hint with it, and the message once there is one", () => {
    const { rerender } = render(
      <Field id="nick" label="Nickname" hint="Not your full name.">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText("Nickname");
    expect(input.id).toBe("nick");
    expect(input.getAttribute("aria-describedby")).toBe("nick-hint");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    rerender(
      <Field id="nick" label="Nickname" hint="Not your full name." error="Too long.">
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(input.getAttribute("aria-describedby")).toBe("nick-hint nick-error");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("nick-error")?.textContent).toBe("Too long.");
  });
});

describe("RadioGroup", () => {
  it("names the group by its legend and checks the given option", () => {
    render(
      <RadioGroup legend="Pick one" options={options} checked="b" registration={registration} />,
    );
    const group = screen.getByRole("group", { name: "Pick one" });
    const radios = screen.getAllByRole<HTMLInputElement>("radio");
    expect(radios.map((r) => [r.name, r.value, r.checked])).toEqual([
      ["pick", "a", false],
      ["pick", "b", true],
    ]);
    expect(group.getAttribute("aria-describedby")).toBeNull();
    expect(screen.getByLabelText(/long enough to wrap/)).toBe(radios[1]);
  });

  it("checks the first option when the posted value is none of them", () => {
    render(
      <RadioGroup legend="Pick" options={options} checked="zzz" registration={registration} />,
    );
    expect(screen.getAllByRole<HTMLInputElement>("radio").map((r) => r.checked)).toEqual([
      true,
      false,
    ]);
  });

  it("describes the group with the message", () => {
    render(
      <RadioGroup
        legend="Pick"
        options={options}
        checked={undefined}
        registration={registration}
        error="Choose one."
      />,
    );
    expect(screen.getByRole("group").getAttribute("aria-describedby")).toBe("pick-error");
    expect(document.getElementById("pick-error")?.textContent).toBe("Choose one.");
  });
});
