"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { hasSessionHint, SESSION_HINT_COOKIE } from "@/lib/auth/cookie-names";
import type { Lang } from "@/lib/i18n/lang";
import { signInRoute } from "@/lib/links/routes";

/**
 * The header's account control. Pages are prerendered, so the session is asked for after
 * load (Auth.js's JSON session endpoint; no client library) and the link updates in place:
 * only where the sign-in hint cookie says someone may be signed in, so an anonymous reader's
 * page views cost no function call. A hint that outlived its session is cleared. The sign-in
 * page is the one in the page's language.
 */
export function AccountLink({
  lang,
  signIn,
  account,
}: {
  lang: Lang;
  signIn: string;
  account: string;
}) {
  const pathname = usePathname();
  const [name, setName] = useState<string>();
  useEffect(() => {
    if (!hasSessionHint(document.cookie)) return;
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      // Auth.js answers `null` for no session; an error response tells nothing either way.
      .then((res) => (res.ok ? res.json() : undefined))
      .then((session: { user?: { name?: string | null } } | null | undefined) => {
        if (session === null) document.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/`;
        else if (live && session?.user) setName(session.user.name || account);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [account]);
  const here = signInRoute({}, lang);
  const href = pathname === here ? pathname : signInRoute({ from: pathname }, lang);
  return (
    <Link
      href={href}
      prefetch={false}
      className="flex min-h-11 max-w-[9rem] items-center truncate text-sm text-muted hover:text-ink"
    >
      {name ? <span className="truncate">{name}</span> : signIn}
    </Link>
  );
}
