// react-hook-form's resolver for our zod 4 schemas. @hookform/resolvers' zodResolver also
// carries zod 3's path and criteriaMode "all"; none of our forms uses either, and its bytes
// land in the quiz's validation chunk, which has a budget (scripts/check-budgets.ts).
import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { $ZodIssue, $ZodType } from "zod/v4/core";

/** A zod 4 schema (zod/mini or zod) with its own parse method; types only, no extra code. */
export type FormSchema<I, O> = $ZodType<O, I> & {
  safeParseAsync(
    data: unknown,
  ): Promise<{ success: true; data: O } | { success: false; error: { issues: $ZodIssue[] } }>;
};

/**
 * The message a field shows: its first issue's. A union's own issue ("Invalid input") says
 * nothing, so the branch that came closest (fewest issues) speaks instead, as zodResolver does.
 */
function fieldError(issue: $ZodIssue): FieldError {
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a))[0];
    if (closest) return { type: closest.code, message: closest.message };
  }
  return { type: issue.code, message: issue.message };
}

export function schemaResolver<I extends FieldValues, O>(
  schema: FormSchema<I, O>,
): Resolver<I, unknown, O> {
  return async (values, _context, options) => {
    // The schema's method, not zod/v4/core's function: importing core here added ~1 KB gzip.
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) errors[issue.path.join(".")] ??= fieldError(issue);
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
