"use client";

import { FieldError, fieldAria } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  DISPLAY_NAME_MAX,
  localSignInSchema,
  type LocalSignInValues,
} from "@/lib/auth/local-sign-in-schema";
import type { FormAction, Posted } from "@/lib/forms/form-state";

type Props = { from: string; action: FormAction<Posted<LocalSignInValues>> };

/** "Continue as…": one field, checked in the browser and again on the server (same schema). */
export function LocalSignInForm({ from, action }: Props) {
  const { posted, pending, register, errorOf, formError, formProps } = useActionForm({
    schema: localSignInSchema,
    action,
    defaults: (last) => ({ name: last.name ?? "" }),
  });
  // One field: a message about the whole form (unavailable, rate-limited) shows beside it too.
  const error = errorOf("name") ?? formError;
  return (
    <form {...formProps} className="mt-3">
      <input type="hidden" name="from" value={from} />
      <label htmlFor="local-name" className="block font-medium">
        Your name or a nickname
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="local-name"
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX}
          defaultValue={posted.name}
          {...fieldAria("local-name-error", error)}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-rule bg-paper px-3"
          {...register("name")}
        />
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Signing in…" : "Continue"}
        </button>
      </div>
      <FieldError id="local-name-error" message={error} />
    </form>
  );
}
