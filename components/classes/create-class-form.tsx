"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { submitThroughAction } from "@/components/forms/submit-through-action";
import { TITLE_MAX, createClassSchema, type CreateClassValues } from "@/lib/classes/class-forms";

export type CreateClassState = {
  errors: Record<string, string>;
  values: Record<string, string>;
} | null;

type Props = {
  briefings: { slug: string; title: string }[];
  retentionDays: number;
  action: (state: CreateClassState, form: FormData) => Promise<CreateClassState>;
};

/** Title, briefing, when answers show, optional close time: one schema, browser and server. */
export function CreateClassForm({ briefings, retentionDays, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const posted = state?.values ?? {};
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CreateClassValues>({
    resolver: zodResolver(createClassSchema),
    defaultValues: {
      title: posted.title ?? "",
      slug: posted.slug ?? briefings[0]?.slug ?? "",
      feedback: (posted.feedback as CreateClassValues["feedback"]) ?? "immediate",
      closesAt: posted.closesAt ?? "",
    },
  });
  const error = (field: keyof CreateClassValues) => errors[field]?.message ?? state?.errors[field];
  // The browser knows the teacher's time zone; the server turns the local time into an instant.
  const submit = submitThroughAction(handleSubmit, formAction, (form) => {
    const offset = form.elements.namedItem("timezoneOffset") as HTMLInputElement;
    offset.value = String(new Date().getTimezoneOffset());
  });
  const describedBy = (field: string) =>
    error(field as keyof CreateClassValues) ? `${field}-error` : undefined;
  return (
    <form action={formAction} onSubmit={submit} noValidate className="mt-4 space-y-5">
      <input type="hidden" name="timezoneOffset" defaultValue="0" />
      {state?.errors[""] && (
        <p role="alert" className="quiz-error">
          {state.errors[""]}
        </p>
      )}
      <div>
        <label htmlFor="title" className="block font-semibold">
          Class title
        </label>
        <input
          id="title"
          maxLength={TITLE_MAX}
          placeholder="e.g. 10B — Tuesday"
          defaultValue={posted.title}
          aria-invalid={error("title") ? true : undefined}
          aria-describedby={describedBy("title")}
          className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3"
          {...register("title")}
        />
        <FieldError id="title-error" message={error("title")} />
      </div>
      <div>
        <label htmlFor="slug" className="block font-semibold">
          Briefing
        </label>
        <select
          id="slug"
          defaultValue={posted.slug}
          className="mt-1 min-h-11 w-full rounded-md border border-rule bg-paper px-3"
          {...register("slug")}
        >
          {briefings.map((b) => (
            <option key={b.slug} value={b.slug}>
              {b.title}
            </option>
          ))}
        </select>
        <FieldError id="slug-error" message={error("slug")} />
      </div>
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
        <FieldError id="feedback-error" message={error("feedback")} />
      </fieldset>
      <div>
        <label htmlFor="closesAt" className="block font-semibold">
          Close automatically <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id="closesAt"
          type="datetime-local"
          defaultValue={posted.closesAt}
          aria-invalid={error("closesAt") ? true : undefined}
          aria-describedby={describedBy("closesAt")}
          className="mt-1 min-h-11 rounded-md border border-rule bg-paper px-3"
          {...register("closesAt")}
        />
        <FieldError id="closesAt-error" message={error("closesAt")} />
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

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="quiz-error mt-2">
      {message}
    </p>
  ) : null;
}
