/** A class page that only has something to say: removed, not found, too many tries. */
export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 leading-relaxed">{children}</p>
    </div>
  );
}
