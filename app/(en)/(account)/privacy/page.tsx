import type { Metadata } from "next";
import Link from "next/link";
import { classRetentionDays } from "@/lib/env/env.server";
import { BROWSER_ITEMS } from "@/lib/privacy/storage-list";
import { attemptRetentionDays } from "@/lib/env/env.server";
import { routes } from "@/lib/links/routes";

export const metadata: Metadata = {
  title: "Privacy: what we keep",
  description: "What Briefing & Quiz keeps about you, for how long, who sees it, and every cookie.",
};

const link = "text-accent-ink underline underline-offset-2";

/**
 * What we keep, in words a student and a parent can read. Prerendered: the retention periods
 * are the deployment's settings at build time (ATTEMPT_RETENTION_DAYS, CLASS_RETENTION_DAYS).
 */
export default function PrivacyPage() {
  const days = attemptRetentionDays();
  const classDays = classRetentionDays();
  return (
    <article className="mx-auto max-w-2xl px-4 pt-6 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">What we keep, and who sees it</h1>
      <p className="mt-3 text-lg">
        The short version: we keep your quiz answers so you can see your progress, and your nickname
        in a class so your teacher can see how the class did. No e-mail, no real name unless you
        sign in, no ads, no tracking, and nothing is sold or given to anyone.
      </p>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">What we store</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <strong>A random id for your browser</strong>, in a cookie. It is how we know which quiz
          attempts are yours without an account.
        </li>
        <li>
          <strong>Your quiz attempts</strong>: which briefing, when, the answers you picked and your
          score.
        </li>
        <li>
          <strong>In a class you join</strong>: the nickname you choose, when you joined, and the
          score and answers of your latest and best attempt in that class.
        </li>
        <li>
          <strong>If you sign in</strong>: an id from the account you sign in with (for example your
          school&apos;s) and the display name it gives us. We never get or keep your e-mail address,
          password or picture.
        </li>
        <li>
          <strong>To stop abuse</strong>: short-lived counters of how often a network or a browser
          sends answers or joins classes, kept as a scrambled code (a hash), never your address.
          They are deleted within a few hours.
        </li>
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">Where, and for how long</h2>
      <p className="mt-3">
        On the server that runs this site: a database file on that server, or, where the site runs
        on Vercel, its KV database. Nowhere else.
      </p>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          Your attempts are deleted <strong>{days} days</strong> after you last took a quiz or
          joined a class. Each new attempt starts the count again.
        </li>
        <li>
          Your nickname and results in a class stay with that class: it is deleted, with every
          student&apos;s nickname and results, <strong>{classDays} days</strong> after it closes, or
          sooner if your teacher deletes it. You can take yours out sooner yourself (below).
        </li>
        <li>
          You can delete everything about you at any time, at once (a teacher&apos;s own classes are
          deleted from their class list instead):{" "}
          <Link href={`${routes.me()}#your-data`} className={link}>
            My progress → Your data
          </Link>
          . You can download it there first.
        </li>
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">Who can see it</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <strong>Only you</strong> see your own attempts and progress.
        </li>
        <li>
          <strong>Your teacher</strong> sees, for their own class only: your nickname, when you
          joined, your answers and scores in that class. They can rename you or remove you from the
          class. They do not see your other attempts, your account, or other classes.
        </li>
        <li>
          <strong>Other students</strong> see nothing of yours.
        </li>
        <li>
          <strong>Nobody else.</strong> We use no analytics, no advertising and no third-party
          scripts or fonts. The site does not load anything from other companies.
        </li>
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">
        Cookies and what stays on your device
      </h2>
      <p className="mt-3">
        Every cookie is needed for the site to work, and none tracks you across other sites.
      </p>
      {/* A list, not a table: three columns left a few words per line at large text sizes. */}
      <ul className="mt-3 divide-y divide-rule border-y border-rule" data-testid="browser-items">
        {BROWSER_ITEMS.map((item) => (
          <li key={item.name} className="py-3">
            <p>
              <code className="font-mono text-sm break-all" data-testid="item-name">
                {item.name}
              </code>{" "}
              <span className="text-sm text-muted">
                · {item.kind === "cookie" ? "cookie" : "on this device only"}
              </span>
            </p>
            <p className="mt-1">{item.what}</p>
            <p className="mt-1 text-sm text-muted">Kept: {item.lifetime}</p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">Questions</h2>
      <p className="mt-3">
        Ask your teacher or your school: they chose to use this site and can tell you who runs it
        for them.
      </p>
    </article>
  );
}
