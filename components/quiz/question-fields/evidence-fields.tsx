"use client";

import type { EvidencePublic } from "@/lib/quiz/question-types/evidence/answer";
import { ChoiceFields } from "./choice-fields";
import type { FieldsProps } from "./fields-props";

/** The claim, then the source's sentences, verbatim (with their own quote marks): pick the proof. */
export function EvidenceFields({ question: q, order, ...rest }: FieldsProps<EvidencePublic>) {
  return (
    <>
      <p data-read className="mt-3 rounded-lg border-l-4 border-accent bg-card px-3 py-2">
        <span data-read className="block text-xs font-semibold tracking-wide text-muted uppercase">
          {rest.words.claim}
        </span>
        {q.claim}
      </p>
      <ChoiceFields
        questionId={q.id}
        choices={order(q.options)}
        multiple={false}
        render={(o) => <span className="font-serif italic">{o.text}</span>}
        {...rest}
      />
    </>
  );
}
