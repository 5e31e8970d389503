import type { ReactNode, Ref } from "react";

type Props = {
  /** Nothing shows without one. */
  message?: ReactNode;
  /** For a field's message: the id its control names in aria-describedby (see fieldAria). */
  id?: string;
  className?: string;
  /** The quiz moves focus to its form's message. */
  ref?: Ref<HTMLParagraphElement>;
  /** What may follow the words (the quiz's reload button). */
  children?: ReactNode;
};

/**
 * Every message that something went wrong, in one look and announced as it appears: a
 * field's, below the field; the form's, where the form begins; a page's, under its heading.
 */
export function ErrorMessage({ message, id, className, ref, children }: Props) {
  return message ? (
    <p
      id={id}
      ref={ref}
      role="alert"
      className={className ? `quiz-error ${className}` : "quiz-error"}
    >
      {message}
      {children}
    </p>
  ) : null;
}

/**
 * The ARIA that ties a control to its ErrorMessage (`errorId`): invalid and described by the
 * message only while there is one. `hint` is the id of help text described at all times.
 */
export function fieldAria(errorId: string, message: string | undefined, hint?: string) {
  const describedBy = [hint, message && errorId].filter(Boolean).join(" ");
  return {
    "aria-invalid": message ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
}
