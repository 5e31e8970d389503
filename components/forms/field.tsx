import type { ReactNode } from "react";
import { ErrorMessage, fieldAria } from "./error-message";

/** What the control inside a Field spreads: its id, and the ARIA tying it to hint and message. */
type FieldControl = ReturnType<typeof fieldAria> & { id: string };

type Props = {
  /** The control's id; its hint and message are `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  /** Help shown at all times under the label, and read with the control. */
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** The control, given what to spread on it (it may sit beside a button). */
  children: (control: FieldControl) => ReactNode;
};

/**
 * One labelled form field: label, optional hint, the control, and its message below it. The
 * control comes from `children` so each form keeps its own input (type, autocomplete, size).
 */
export function Field({ id, label, hint, error, className, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children({ id, ...fieldAria(`${id}-error`, error, hintId) })}
      <ErrorMessage id={`${id}-error`} message={error} className="mt-2" />
    </div>
  );
}
