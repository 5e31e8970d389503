"use client";

import { ErrorView } from "@/components/ui/error-view";
import { ERROR_WORDS_ES } from "@/components/ui/error-words-es";

/** A failed page or form, in Spanish (components/ui/error-view.tsx). */
export default function ErrorPage(props: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorView {...props} t={ERROR_WORDS_ES} />;
}
