// The class cookie's name, with no server imports, for the privacy page's list too.

/** A class membership: `bq_class_<code>` (lib/classes/membership.ts). */
export const CLASS_COOKIE_PREFIX = "bq_class_";
