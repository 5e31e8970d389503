"use client";

import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { NICKNAME_MAX, joinSchema, type JoinValues } from "@/lib/classes/class-forms";
import type { FormAction, Posted } from "@/lib/forms/action-state";

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
      <Field
        id="nickname"
        label="Your nickname"
        hint="One your teacher will recognise. Not your full name: no e-mail or account needed."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="nickname"
            autoCapitalize="words"
            enterKeyHint="go"
            maxLength={NICKNAME_MAX}
            defaultValue={posted.nickname}
            className="mt-2 min-h-12 w-full rounded-md border border-rule bg-paper px-3 text-lg"
            {...register("nickname")}
          />
        )}
      </Field>
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
