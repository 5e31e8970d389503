import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorMessage } from "./error-message";

export type RadioOption = { value: string; label: ReactNode };

type Props = {
  legend: ReactNode;
  options: readonly RadioOption[];
  /** The option checked when the form is drawn (the last post's); none of them: the first. */
  checked: string | undefined;
  /** What `register(name)` returned: one registration serves every radio of the group. */
  registration: UseFormRegisterReturn;
  error?: string;
};

/**
 * A group of radio cards under a legend, with its message below. Cards, not a `<select>`: a
 * long label wraps and stays readable at every text size.
 */
export function RadioGroup({ legend, options, checked, registration, error }: Props) {
  const errorId = `${registration.name}-error`;
  const drawn = options.some((o) => o.value === checked) ? checked : options[0]?.value;
  return (
    // The message describes the group: a radio cannot be marked invalid on its own.
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="quiz-choice mt-2">
          <input
            type="radio"
            value={option.value}
            defaultChecked={drawn === option.value}
            {...registration}
          />
          <span className="min-w-0 break-words">{option.label}</span>
        </label>
      ))}
      <ErrorMessage id={errorId} message={error} className="mt-2" />
    </fieldset>
  );
}
