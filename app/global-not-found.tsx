import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/components/ui/site-shell";
import { routes } from "@/lib/links/routes";
import { metadata as site } from "@/lib/links/site-metadata.server";
import "./globals.css";

// An address no route matches. Each language has its own root layout (app/(en), app/(es)), so
// no layout wraps an unmatched URL: this page brings its own, in English, with the site's
// header and footer (Next's experimental globalNotFound, next.config.ts).

export const metadata: Metadata = { ...site, title: "Page not found" };

export default function GlobalNotFound() {
  return (
    <SiteShell lang="en">
      <div className="mx-auto max-w-md px-4 pt-8">
        <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
        <p className="mt-3 leading-relaxed">
          Nothing lives at this address. Check the link, or{" "}
          <Link href={routes.home()} className="text-accent-ink underline underline-offset-2">
            read the briefings
          </Link>
          .{" "}
          <span lang="es">
            No hay nada en esta dirección.{" "}
            <Link href={routes.home()} className="text-accent-ink underline underline-offset-2">
              Ver los resúmenes
            </Link>
            .
          </span>
        </p>
      </div>
    </SiteShell>
  );
}
