"use client";

import { FieldError, fieldAria } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { NICKNAME_MAX, joinSchema, type JoinValues } from "@/lib/classes/class-forms";
import type { FormAction, Posted } from "@/lib/forms/form-state";

type Props = { action: FormAction<Posted<JoinValues>> };

/** Nickname only: checked in the browser and again by the server action (same schema). */
export function JoinForm({ action }: Props) {
  const { posted, pending, register, errorOf, formError, formProps } = useActionForm({
    schema: joinSchema,
    action,
    defaults: (last) => ({ nickname: last.nickname ?? "" }),
  });
  // One field: a message about the whole form (a closed class) shows beside it too.
  const error = errorOf("nickname") ?? formError;
  return (
    <form {...formProps} className="mt-6">
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
        defaultValue={posted.nickname}
        {...fieldAria("nickname-error", error, "nickname-hint")}
        className="mt-2 min-h-12 w-full rounded-md border border-rule bg-paper px-3 text-lg"
        {...register("nickname")}
      />
      <FieldError id="nickname-error" message={error} />
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
