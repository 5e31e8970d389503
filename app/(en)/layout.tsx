import { SiteShell } from "@/components/ui/site-shell";
import "../globals.css";

// The English pages' root layout; the Spanish ones have their own (app/(es)/layout.tsx), so
// each page's <html lang> is its language and both stay static.

export { metadata, viewport } from "@/lib/links/site-metadata.server";

export default function EnglishLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <SiteShell lang="en">{children}</SiteShell>;
}
