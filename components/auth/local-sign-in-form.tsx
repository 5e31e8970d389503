"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { submitThroughAction } from "@/components/forms/submit-through-action";
import type { LocalSignInState } from "@/app/signin/actions";
import {
  DISPLAY_NAME_MAX,
  localSignInSchema,
  type LocalSignInValues,
} from "@/lib/auth/local-sign-in-schema";

type Props = {
  from: string;
  action: (state: LocalSignInState, form: FormData) => Promise<LocalSignInState>;
};

/** "Continue as…": one field, checked in the browser and again on the server (same schema). */
export function LocalSignInForm({ from, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LocalSignInValues>({
    resolver: zodResolver(localSignInSchema),
    defaultValues: { name: state?.name ?? "" },
  });
  const error = errors.name?.message ?? state?.error;
  const submit = submitThroughAction(handleSubmit, formAction);
  return (
    <form action={formAction} onSubmit={submit} noValidate className="mt-3">
      <input type="hidden" name="from" value={from} />
      <label htmlFor="local-name" className="block font-medium">
        Your name or a nickname
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="local-name"
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX}
          defaultValue={state?.name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "local-name-error" : undefined}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-rule bg-paper px-3"
          {...register("name")}
        />
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Signing in…" : "Continue"}
        </button>
      </div>
      {error && (
        <p id="local-name-error" role="alert" className="quiz-error mt-2">
          {error}
        </p>
      )}
    </form>
  );
}
