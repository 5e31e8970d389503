// Posted forms for the minimal quiz fixture (lib/content/__fixtures__), as a browser sends them.

export function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

/** Every question of the minimal quiz answered (2.83 of 5 points). */
export const fullForm = (attemptId?: string) =>
  form([
    ["slug", "bridge"],
    ...(attemptId ? ([["attemptId", attemptId]] as [string, string][]) : []),
    ["answers.when", "may"],
    ["answers.which", "a"],
    ["answers.payer", "true"],
    ["answers.steps.one", "1"],
    ["answers.steps.two", "2"],
    ["answers.steps.three", "3"],
    ["answers.steps.four", "4"],
    ["answers.who.q1", "x"],
    ["answers.who.q2", "z"],
    ["answers.who.q3", "y"],
  ]);
