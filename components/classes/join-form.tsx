"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { submitThroughAction } from "@/components/forms/submit-through-action";
import { NICKNAME_MAX, joinSchema, type JoinValues } from "@/lib/classes/class-forms";

export type JoinState = { errors: Record<string, string>; nickname: string } | null;

type Props = { action: (state: JoinState, form: FormData) => Promise<JoinState> };

/** Nickname only: checked in the browser and again by the server action (same schema). */
export function JoinForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<JoinValues>({
    resolver: zodResolver(joinSchema),
    defaultValues: { nickname: state?.nickname ?? "" },
  });
  const error = errors.nickname?.message ?? state?.errors.nickname ?? state?.errors[""];
  const submit = submitThroughAction(handleSubmit, formAction);
  return (
    <form action={formAction} onSubmit={submit} noValidate className="mt-6">
      <label htmlFor="nickname" className="block font-semibold">
        Your nickname
      </label>
      <p id="nickname-hint" className="text-sm text-muted">
        One your teacher will recognise. Not your full name: no e-mail or account needed.
      </p>
      <input
        id="nickname"
        autoComplete="nickname"
        autoCapitalize="words"
        enterKeyHint="go"
        maxLength={NICKNAME_MAX}
        defaultValue={state?.nickname}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "nickname-hint nickname-error" : "nickname-hint"}
        className="mt-2 min-h-12 w-full rounded-md border border-rule bg-paper px-3 text-lg"
        {...register("nickname")}
      />
      {error && (
        <p id="nickname-error" role="alert" className="quiz-error mt-2">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button-primary mt-4 w-full justify-center"
        disabled={pending}
      >
        {pending ? "Joining…" : "Join the class"}
      </button>
    </form>
  );
}
