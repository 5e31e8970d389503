// The names of the cookies that identify a reader, in a module with no server imports, so
// the privacy page's list and the code that sets them share one spelling.

/** This browser's signed anonymous id (lib/auth/anonymous.ts). */
export const ANON_COOKIE_NAME = "bq_anon";

/** A class membership: `bq_class_<code>` (lib/classes/membership.ts). */
export const CLASS_COOKIE_PREFIX = "bq_class_";
