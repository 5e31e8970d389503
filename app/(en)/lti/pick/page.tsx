import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { languageName } from "@/lib/i18n/language-name";
import type { Lang } from "@/lib/i18n/lang";
import { lti } from "@/lib/services/services.server";

export const metadata: Metadata = { title: "Add a briefing", robots: { index: false } };

/**
 * The Deep Linking picker an LMS opens when a teacher adds the activity: one briefing, the
 * text students start with and the language, then back to the LMS (a plain form: it works
 * without JavaScript, inside the LMS's frame, with no cookie).
 */
export default async function LtiPick({
  searchParams,
}: {
  searchParams: Promise<{ session?: string }>;
}) {
  const { session = "" } = await searchParams;
  const briefings = await lti().pickerChoices(session);
  if (!briefings) notFound();
  const langs = [...new Set(briefings.flatMap((b) => b.langs))] as Lang[];
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">Add a briefing to your course</h1>
      <p className="mt-2 leading-relaxed text-muted">
        Students open it from your course with no code or nickname, and each scored attempt is
        theirs; the quiz is worth one point per question.
      </p>
      <form method="post" action="/lti/deep-link" className="mt-6 space-y-6">
        <input type="hidden" name="session" value={session} />
        <fieldset>
          <legend className="font-semibold">Briefing</legend>
          {briefings.map((b, n) => (
            <label key={b.slug} className="mt-2 flex min-h-11 items-start gap-3">
              <input
                type="radio"
                name="slug"
                value={b.slug}
                required
                defaultChecked={n === 0}
                className="mt-1"
              />
              <span>
                {b.title} <span className="text-sm text-muted">({b.points} points)</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">Text students start with</legend>
          <label className="mt-2 flex min-h-11 items-center gap-3">
            <input type="radio" name="level" value="standard" defaultChecked /> Standard
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="level" value="easy" /> Easier to read, where the briefing has
            it
          </label>
        </fieldset>
        <fieldset>
          <legend className="font-semibold">Language students start in</legend>
          {langs.map((lang) => (
            <label key={lang} className="mt-2 flex min-h-11 items-center gap-3">
              <input type="radio" name="lang" value={lang} defaultChecked={lang === "en"} />{" "}
              {languageName(lang)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button-primary">
          Add to my course
        </button>
      </form>
    </div>
  );
}
