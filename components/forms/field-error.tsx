/** A field's message, below it; the field names it with `fieldAria(id, message)`. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="quiz-error mt-2">
      {message}
    </p>
  ) : null;
}

/**
 * The ARIA that ties an input to its FieldError (`errorId`): invalid and described by the
 * message only while there is one. `hint` is the id of help text described at all times.
 */
export function fieldAria(errorId: string, message: string | undefined, hint?: string) {
  const describedBy = [hint, message && errorId].filter(Boolean).join(" ");
  return {
    "aria-invalid": message ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
}
