"use client";

import { ErrorView } from "@/components/ui/error-view";
import { ERROR_WORDS_EN } from "@/components/ui/error-words";

/** A failed page or form, in English (components/ui/error-view.tsx). */
export default function ErrorPage(props: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorView {...props} t={ERROR_WORDS_EN} />;
}
