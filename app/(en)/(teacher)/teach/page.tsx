import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateClassForm } from "@/components/classes/create-class-form";
import {
  ExportKeyNote,
  QuizExportLinks,
  TranslatedExportLinks,
} from "@/components/classes/quiz-export-links";
import { teaching } from "@/lib/services/services.server";
import { loadAllBriefings } from "@/lib/content/load-briefings.server";
import { loadEdition } from "@/lib/content/load-edition.server";
import { formatDate } from "@/lib/content/format-date";
import { classRetentionDays } from "@/lib/env/env.server";
import { createClassAction } from "./actions";
import { routes } from "@/lib/links/routes";

export const metadata: Metadata = { title: "Teach", robots: { index: false } };

/** A teacher's classes and the form for a new class link. Signed-in only. */
export default async function TeachPage() {
  const classes = await teaching().myClasses();
  if (!classes) redirect(routes.signIn({ from: routes.teach() }));
  const briefings = loadAllBriefings().map((b) => ({
    slug: b.slug,
    title: b.title,
    asOf: formatDate(b.source.date),
    hasEasy: Boolean(b.easy),
    hasSpanish: loadEdition(b.slug, "es") !== undefined,
  }));
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
      {classes.length === 0 ? (
        <p className="mt-2 leading-relaxed text-muted">
          No classes yet. Make a link below, share it or project its QR code, and watch results
          arrive.
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-rule rounded-lg border border-rule bg-card">
          {classes.map((c) => (
            <li key={c.code}>
              <Link
                href={routes.classDashboard(c.code)}
                className="flex min-h-14 flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-paper"
              >
                <span className="font-semibold">{c.title}</span>
                <span className="text-sm text-muted">
                  {c.code} · {c.open ? "open" : "closed"} ·{" "}
                  {formatDate(new Date(c.createdAt).toISOString().slice(0, 10))}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-class" className="mt-10">
        <h2 id="new-class" className="text-2xl font-bold tracking-tight">
          New class link
        </h2>
        <CreateClassForm
          briefings={briefings}
          retentionDays={classRetentionDays()}
          action={createClassAction}
        />
      </section>
      <section aria-labelledby="export" className="mt-10">
        <h2 id="export" className="text-2xl font-bold tracking-tight">
          Use a quiz in your LMS
        </h2>
        <ExportKeyNote />
        {briefings.map((b) => (
          <div key={b.slug} className="mt-4">
            <h3 className="font-semibold">{b.title}</h3>
            <QuizExportLinks slug={b.slug} title={b.title} href={routes.quizExport} />
            {b.hasSpanish && (
              <TranslatedExportLinks
                slug={b.slug}
                title={b.title}
                href={routes.quizExport}
                lang="es"
              />
            )}
          </div>
        ))}
      </section>
    </div>
  );
}
