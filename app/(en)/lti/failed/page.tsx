import type { Metadata } from "next";
import { failureWords } from "@/lib/lti/failure-words";

export const metadata: Metadata = { title: "The launch did not work", robots: { index: false } };

/** Where a failed LTI launch ends: what failed, in plain words, and what to do. */
export default async function LtiFailed({
  searchParams,
}: {
  searchParams: Promise<{ why?: string }>;
}) {
  const { why } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">The launch did not work</h1>
      <p className="mt-3 leading-relaxed" data-testid="lti-failure">
        {failureWords(why)}
      </p>
    </div>
  );
}
