import type { ReactNode } from "react";
import type { Rich } from "@/lib/i18n/account-en";

/** A sentence from the words with its marked part wrapped: bold by default, or a link. */
export function RichText({
  text: [before, marked, after],
  mark = (words) => <strong>{words}</strong>,
}: {
  text: Rich;
  mark?: (words: string) => ReactNode;
}) {
  return (
    <>
      {before}
      {mark(marked)}
      {after}
    </>
  );
}
