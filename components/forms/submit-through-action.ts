import { startTransition, type FormEvent } from "react";
import type { FieldValues, UseFormHandleSubmit } from "react-hook-form";

/**
 * onSubmit for a form whose `action` is a server action (so it also posts without JS):
 * react-hook-form validates with the shared schema, then the form's own fields go through
 * the same action, exactly as the no-JS post would send them. `before` may fill fields only
 * the browser knows.
 */
export function submitThroughAction<T extends FieldValues, O>(
  handleSubmit: UseFormHandleSubmit<T, O>,
  formAction: (form: FormData) => void,
  before?: (form: HTMLFormElement) => void,
) {
  return (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    before?.(form);
    return handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
  };
}
