"use client";

import { useMemo } from "react";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  DISPLAY_NAME_MAX,
  localSignInSchema,
  type LocalSignInMessages,
  type LocalSignInValues,
} from "@/lib/auth/local-sign-in-schema";
import type { FormAction, Posted } from "@/lib/forms/action-state";
import type { Lang } from "@/lib/i18n/lang";

type Props = {
  from: string;
  /** The page's language: the action answers in it (a hidden field). */
  lang: Lang;
  action: FormAction<Posted<LocalSignInValues>>;
  /** The form's words and the schema's messages, as plain strings from the page. */
  words: { label: string; submit: string; pending: string };
  messages: LocalSignInMessages;
};

/** "Continue as…": one field, checked in the browser and again on the server (same schema). */
export function LocalSignInForm({ from, lang, action, words, messages }: Props) {
  const schema = useMemo(() => localSignInSchema(messages), [messages]);
  const { posted, pending, register, errorOf, formError, formProps } = useActionForm({
    schema,
    action,
    defaults: (last) => ({ name: last.name ?? "" }),
  });
  // One field: a message about the whole form (unavailable, rate-limited) shows beside it too.
  const error = errorOf("name") ?? formError;
  return (
    <form {...formProps} className="mt-3">
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="lang" value={lang} />
      <Field id="local-name" label={words.label} error={error}>
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
              {pending ? words.pending : words.submit}
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
