import * as z from "zod/mini";
import { isLang, type Lang } from "@/lib/i18n/lang";
import { textField } from "./form-fields";

// A form's language: a hidden `lang` field, so an action that moves on (a redirect) returns to
// the page in the language the form was in. It chooses between the site's languages and
// nothing more: anything else (missing, unknown, a file, not a form) is English.

const langSchema = z.custom<Lang>(isLang);

export function langField(form: unknown): Lang {
  const parsed = langSchema.safeParse(textField(form, "lang", 8));
  return parsed.success ? parsed.data : "en";
}
