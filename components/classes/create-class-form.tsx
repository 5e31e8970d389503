"use client";

import { Field } from "@/components/forms/field";
import { RadioGroup, type RadioOption } from "@/components/forms/radio-group";
import { useActionForm } from "@/components/forms/use-action-form";
import { TITLE_MAX, createClassSchema, type CreateClassValues } from "@/lib/classes/class-forms";
import type { FormAction, Posted } from "@/lib/forms/action-state";
import { ErrorMessage } from "@/components/forms/error-message";

type Props = {
  /** Newest source first, as on the home page; `asOf` is the source's date, formatted. */
  briefings: { slug: string; title: string; asOf: string; hasEasy: boolean; hasSpanish: boolean }[];
  retentionDays: number;
  action: FormAction<Posted<CreateClassValues>>;
};

// The first option of each is the default.
const FEEDBACK_OPTIONS: RadioOption[] = [
  { value: "immediate", label: "Right after they submit (score, answers and explanations)" },
  { value: "after-close", label: "Only the score until I reveal the answers" },
];

const LANG_OPTIONS: RadioOption[] = [
  { value: "en", label: "English" },
  {
    value: "es",
    label:
      "Spanish (Español: same facts and quiz, scored together), where the briefing has it. Students can switch either way.",
  },
];

const LEVEL_OPTIONS: RadioOption[] = [
  { value: "standard", label: "The standard text" },
  {
    value: "easy",
    label:
      "The easier text (same facts, plainer words), where the briefing has one. Students can switch either way.",
  },
];

/** Title, briefing, when answers show, optional close time: one schema, browser and server. */
export function CreateClassForm({ briefings, retentionDays, action }: Props) {
  const { posted, pending, register, errorOf, formError, formProps } = useActionForm({
    schema: createClassSchema,
    action,
    defaults: (last) => ({
      title: last.title ?? "",
      slug: last.slug ?? briefings[0]?.slug ?? "",
      feedback: (last.feedback as CreateClassValues["feedback"]) ?? "immediate",
      level: (last.level as CreateClassValues["level"]) ?? "standard",
      lang: (last.lang as CreateClassValues["lang"]) ?? "en",
      closesAt: last.closesAt ?? "",
    }),
    // The browser knows the teacher's time zone; the server turns the local time into an instant.
    before: (form) => {
      const offset = form.elements.namedItem("timezoneOffset") as HTMLInputElement;
      offset.value = String(new Date().getTimezoneOffset());
    },
  });
  return (
    <form {...formProps} className="mt-4 space-y-5">
      <input type="hidden" name="timezoneOffset" defaultValue="0" />
      <ErrorMessage message={formError} />
      <Field id="title" label="Class title" error={errorOf("title")}>
        {(control) => (
          <input
            {...control}
            maxLength={TITLE_MAX}
            placeholder="e.g. 10B — Tuesday"
            defaultValue={posted.title}
            className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3"
            {...register("title")}
          />
        )}
      </Field>
      <RadioGroup
        legend="Briefing"
        options={briefings.map((b) => ({
          value: b.slug,
          label: (
            <>
              {b.title} <span className="text-sm text-muted">· as of {b.asOf}</span>
            </>
          ),
        }))}
        checked={posted.slug}
        registration={register("slug")}
        error={errorOf("slug")}
      />
      <RadioGroup
        legend="When students see the answers"
        options={FEEDBACK_OPTIONS}
        checked={posted.feedback}
        registration={register("feedback")}
        error={errorOf("feedback")}
      />
      {briefings.some((b) => b.hasEasy) && (
        <RadioGroup
          legend="Students start reading"
          options={LEVEL_OPTIONS}
          checked={posted.level}
          registration={register("level")}
          error={errorOf("level")}
        />
      )}
      {briefings.some((b) => b.hasSpanish) && (
        <RadioGroup
          legend="Students start in"
          options={LANG_OPTIONS}
          checked={posted.lang}
          registration={register("lang")}
          error={errorOf("lang")}
        />
      )}
      <Field
        id="closesAt"
        label={
          <>
            Close automatically <span className="font-normal text-muted">(optional)</span>
          </>
        }
        error={errorOf("closesAt")}
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            defaultValue={posted.closesAt}
            className="mt-1 min-h-11 rounded-md border border-rule bg-paper px-3"
            {...register("closesAt")}
          />
        )}
      </Field>
      <p className="text-sm text-muted">
        Students join with a nickname only. A class and its results are deleted {retentionDays} days
        after it closes; you can delete it sooner.
      </p>
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? "Creating…" : "Create class link"}
      </button>
    </form>
  );
}
