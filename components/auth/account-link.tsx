"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { routes } from "@/lib/routes";

/**
 * The header's account control. Pages are prerendered, so the session is asked for after
 * load (Auth.js's JSON session endpoint; no client library) and the link updates in place.
 */
export function AccountLink() {
  const pathname = usePathname();
  const [name, setName] = useState<string>();
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((res) => (res.ok ? res.json() : null))
      .then((session: { user?: { name?: string | null } } | null) => {
        if (live && session?.user) setName(session.user.name || "Account");
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const href = pathname === routes.signIn() ? pathname : routes.signIn({ from: pathname });
  return (
    <Link
      href={href}
      prefetch={false}
      className="flex min-h-11 max-w-[9rem] items-center truncate text-sm text-muted hover:text-ink"
    >
      {name ? <span className="truncate">{name}</span> : "Sign in"}
    </Link>
  );
}
