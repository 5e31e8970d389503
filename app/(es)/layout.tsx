import { SiteShell } from "@/components/ui/site-shell";
import "../globals.css";

// The Spanish pages' root layout: <html lang="es">; metadata and viewport as the English.
export { metadata, viewport } from "@/lib/links/site-metadata.server";

export default function SpanishLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <SiteShell lang="es">{children}</SiteShell>;
}
