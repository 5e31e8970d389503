// The one contract between a form and its server action (docs/architecture.md): what comes
// back when the action does not move on, what a service answers, and how a schema's issues
// become words for people. Types and plain functions only, so the browser bundle shares it.

/** Messages by field name; "" holds the message about the form as a whole. */
export type FormErrors = Record<string, string>;

/**
 * What every server action sends back when it does not move on (only problems do): null
 * before the first post. `values` are the fields as posted, so a page rendered without
 * JavaScript shows them again (React resets uncontrolled inputs after a form action);
 * `payload` is what only one form needs (the quiz: when to send the same attempt again).
 */
export type ActionState<V, P = undefined> = {
  /** Messages by field, each shown beside its field. */
  fieldErrors: FormErrors;
  /** A message about the form as a whole, shown where the form begins. */
  formError?: string;
  values: V;
  payload?: P;
} | null;

/** A server action as `useActionState` calls it; components receive one as a prop. */
export type FormAction<V, P = undefined> = (
  state: ActionState<V, P>,
  form: FormData,
) => Promise<ActionState<V, P>>;

/** A form's fields as posted: text as typed (it may fail the schema), or missing. */
export type Posted<V> = { [K in keyof V]?: string };

/**
 * What a service answers to a posted form, and the action carries out (settle.server.ts):
 * go on to a page, show the 404 (not yours, or no such thing), or stay with a state.
 */
export type Outcome<S> = { redirect: string } | { notFound: true } | { state: S };

/** The state for messages as `issueMessages` keys them ("" for the form as a whole). */
export function problemState<V, P = undefined>(
  errors: FormErrors,
  values: V,
  payload?: P,
): NonNullable<ActionState<V, P>> {
  const { "": formError, ...fieldErrors } = errors;
  return {
    fieldErrors,
    ...(formError ? { formError } : {}),
    values,
    ...(payload !== undefined ? { payload } : {}),
  };
}

/** What zod 4 and zod/mini report per problem; only these two parts matter here. */
export type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

/** For a problem no field can fix: the page is out of date, or the post did not come from it. */
export const INVALID_FORM = "Something in this form is not valid. Reload the page and try again.";

/** For a destructive form whose confirmation box was not ticked (no JS, or the box unticked). */
export const TICK_TO_CONFIRM = "Tick the box to confirm.";

/**
 * The first message per field, keyed by the first step of the issue's path ("" for the
 * form). With `nestedUnder`, fields live one level down (the quiz: `answers.<question>`):
 * they are keyed by the step below it, and any other issue becomes INVALID_FORM at "",
 * because it names a field the reader never sees (a hidden input, an unknown question).
 */
export function issueMessages(
  issues: readonly Issue[],
  { nestedUnder }: { nestedUnder?: string } = {},
): FormErrors {
  // A Map, then own keys: a field may be called `constructor` or `__proto__`.
  const out = new Map<string, string>();
  for (const { path, message } of issues) {
    const [key, text] =
      nestedUnder === undefined
        ? [String(path[0] ?? ""), message]
        : path[0] === nestedUnder && path.length > 1
          ? [String(path[1]), message]
          : ["", INVALID_FORM];
    // An empty message would show an empty alert: a reader is always told something.
    if (!out.has(key)) out.set(key, text || INVALID_FORM);
  }
  return Object.fromEntries(out);
}
