/** One thing the content check found wrong: the file, the entry where it is, and what. */
export type Problem = { file: string; id?: string; message: string };

export function formatProblem(p: Problem): string {
  return `${p.file}${p.id ? ` [${p.id}]` : ""}: ${p.message}`;
}
