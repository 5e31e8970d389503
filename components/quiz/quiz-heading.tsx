/** A quiz page's kicker ("Quiz", "Retry", "Class quiz") and title, the same on every one. */
export function QuizHeading({ kicker, title }: { kicker: string; title: string }) {
  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">{kicker}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{title}</h1>
    </>
  );
}
