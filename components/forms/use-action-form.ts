import { useActionState } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
} from "react-hook-form";
import type { FormAction, Posted } from "@/lib/forms/action-state";
import { schemaResolver, type FormSchema } from "@/lib/forms/schema-resolver";
import { submitThroughAction } from "./submit-through-action";

type Options<I extends FieldValues, O> = {
  /** The form's schema from lib/: the server action checks the same one. */
  schema: FormSchema<I, O>;
  action: FormAction<Posted<I>>;
  /** The inputs' starting values, from what the last post sent back (nothing before it). */
  defaults: (posted: Posted<I>) => DefaultValues<I>;
  /** Fills fields only the browser knows, just before the form is read. */
  before?: (form: HTMLFormElement) => void;
};

/**
 * A form that posts to a server action with or without JavaScript: react-hook-form checks
 * the shared schema in the browser first, the action checks it again. Spread `formProps` on
 * the `<form>`; `errorOf` gives a field's message, the browser's while it has one, else the
 * server's from the last post; `formError` is the server's message about the whole form.
 */
export function useActionForm<I extends FieldValues, O>({
  schema,
  action,
  defaults,
  before,
}: Options<I, O>) {
  const [state, formAction, pending] = useActionState(action, null);
  const posted: Posted<I> = state?.values ?? {};
  const { register, handleSubmit, formState } = useForm<I, unknown, O>({
    resolver: schemaResolver(schema),
    defaultValues: defaults(posted),
  });
  // Through `formState.errors`: RHF re-renders the form only for the state it reads.
  const errorOf = (field: Path<I>) =>
    get<FieldErrors<I>, FieldError | undefined>(formState.errors, field)?.message ??
    state?.fieldErrors[field];
  return {
    posted,
    pending,
    register,
    errorOf,
    formError: state?.formError,
    formProps: {
      action: formAction,
      onSubmit: submitThroughAction(handleSubmit, formAction, before),
      noValidate: true,
    },
  };
}
