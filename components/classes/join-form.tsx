"use client";

import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { NICKNAME_MAX, joinSchema, type JoinValues } from "@/lib/classes/class-forms";
import type { FormAction, Posted } from "@/lib/forms/action-state";
import { say, type FormWords } from "@/lib/i18n/form-words";
import type { Dictionary } from "@/lib/i18n/en";
import type { Lang } from "@/lib/i18n/lang";

type Props = {
  action: FormAction<Posted<JoinValues>>;
  /** The page's words (plain strings from the server's dictionary) and language. */
  words: FormWords<Dictionary["klass"]["form"]>;
  lang: Lang;
};

/** Nickname only: checked in the browser and again by the server action (same schema). */
export function JoinForm({ action, words, lang }: Props) {
  const { posted, pending, register, errorOf, formError, formProps } = useActionForm({
    schema: joinSchema,
    action,
    defaults: (last) => ({ nickname: last.nickname ?? "" }),
  });
  // One field: a message about the whole form (a closed class) shows beside it too.
  const error = say(words, errorOf("nickname") ?? formError);
  return (
    <form {...formProps} className="mt-6">
      {lang !== "en" && <input type="hidden" name="lang" value={lang} />}
      <Field id="nickname" label={words.nickname} hint={words.hint} error={error}>
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
        {pending ? words.joining : words.join}
      </button>
    </form>
  );
}
