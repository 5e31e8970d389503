/** A message about the form as a whole (state `errors[""]`), where the form begins. */
export function FormError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="quiz-error">
      {message}
    </p>
  ) : null;
}
