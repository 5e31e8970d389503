"use client";

import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  DISPLAY_NAME_MAX,
  localSignInSchema,
  type LocalSignInValues,
} from "@/lib/auth/local-sign-in-schema";
import type { FormAction, Posted } from "@/lib/forms/action-state";

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
      <Field id="local-name" label="Your name or a nickname" error={error}>
        {(control) => (
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              {...control}
              autoComplete="nickname"
              maxLength={DISPLAY_NAME_MAX}
              defaultValue={posted.name}
              className="min-h-11 min-w-0 flex-1 rounded-md border border-rule bg-paper px-3"
              {...register("name")}
            />
            <button type="submit" className="button-primary" disabled={pending}>
              {pending ? "Signing in…" : "Continue"}
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
