import { isLang, type Lang } from "@/lib/i18n/lang";

// Server actions are public HTTP endpoints: React decodes whatever the caller encoded, so an
// argument typed `FormData` may arrive as a string, an array or nothing. These read fields
// without trusting the argument's type.

/** The field's text, cut to `max` characters; undefined when absent, a file, or no form. */
export function textField(form: unknown, name: string, max = 200): string | undefined {
  if (!(form instanceof FormData)) return undefined;
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : undefined;
}

/** The page's language a form names (`lang`), English when it names none or an unknown one. */
export function langField(form: unknown): Lang {
  const value = textField(form, "lang", 8);
  return isLang(value) ? value : "en";
}
