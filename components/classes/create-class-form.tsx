"use client";

import { FieldError, fieldAria } from "@/components/forms/field-error";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { TITLE_MAX, createClassSchema, type CreateClassValues } from "@/lib/classes/class-forms";
import type { FormAction, Posted } from "@/lib/forms/form-state";

type Props = {
  /** Newest source first, as on the home page; `asOf` is the source's date, formatted. */
  briefings: { slug: string; title: string; asOf: string; hasEasy: boolean }[];
  retentionDays: number;
  action: FormAction<Posted<CreateClassValues>>;
};

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
      <FormError message={formError} />
      <div>
        <label htmlFor="title" className="block font-semibold">
          Class title
        </label>
        <input
          id="title"
          maxLength={TITLE_MAX}
          placeholder="e.g. 10B — Tuesday"
          defaultValue={posted.title}
          {...fieldAria("title-error", errorOf("title"))}
          className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3"
          {...register("title")}
        />
        <FieldError id="title-error" message={errorOf("title")} />
      </div>
      {/* Cards, not a <select>: a long headline wraps and stays readable at every text size. */}
      <fieldset>
        <legend className="font-semibold">Briefing</legend>
        {briefings.map((b) => (
          <label key={b.slug} className="quiz-choice mt-2">
            <input
              type="radio"
              value={b.slug}
              defaultChecked={posted.slug === b.slug}
              {...register("slug")}
            />
            <span className="min-w-0 break-words">
              {b.title} <span className="text-sm text-muted">· as of {b.asOf}</span>
            </span>
          </label>
        ))}
        <FieldError id="slug-error" message={errorOf("slug")} />
      </fieldset>
      <fieldset>
        <legend className="font-semibold">When students see the answers</legend>
        <label className="quiz-choice mt-2">
          <input
            type="radio"
            value="immediate"
            defaultChecked={posted.feedback !== "after-close"}
            {...register("feedback")}
          />
          <span>Right after they submit (score, answers and explanations)</span>
        </label>
        <label className="quiz-choice mt-2">
          <input
            type="radio"
            value="after-close"
            defaultChecked={posted.feedback === "after-close"}
            {...register("feedback")}
          />
          <span>Only the score until I reveal the answers</span>
        </label>
        <FieldError id="feedback-error" message={errorOf("feedback")} />
      </fieldset>
      {briefings.some((b) => b.hasEasy) && (
        <fieldset>
          <legend className="font-semibold">Students start reading</legend>
          <label className="quiz-choice mt-2">
            <input
              type="radio"
              value="standard"
              defaultChecked={posted.level !== "easy"}
              {...register("level")}
            />
            <span>The standard text</span>
          </label>
          <label className="quiz-choice mt-2">
            <input
              type="radio"
              value="easy"
              defaultChecked={posted.level === "easy"}
              {...register("level")}
            />
            <span>
              The easier text (same facts, plainer words), where the briefing has one. Students can
              switch either way.
            </span>
          </label>
          <FieldError id="level-error" message={errorOf("level")} />
        </fieldset>
      )}
      <div>
        <label htmlFor="closesAt" className="block font-semibold">
          Close automatically <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id="closesAt"
          type="datetime-local"
          defaultValue={posted.closesAt}
          {...fieldAria("closesAt-error", errorOf("closesAt"))}
          className="mt-1 min-h-11 rounded-md border border-rule bg-paper px-3"
          {...register("closesAt")}
        />
        <FieldError id="closesAt-error" message={errorOf("closesAt")} />
      </div>
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
