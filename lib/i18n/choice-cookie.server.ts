import "server-only";
import { cookies } from "next/headers";

const YEAR = 60 * 60 * 24 * 365;

/**
 * A reader's remembered choice (a reading level, a language) as dynamic pages and actions
 * see it: `chosen` reads it; `startWith` makes a class's starting value the reader's until
 * they choose otherwise, keeping a choice already made. Only server actions may call
 * `startWith` (pages cannot set cookies). /level and /language set it from a link
 * (lib/links/remember-choice.ts). In lib/i18n, the lowest room that needs it.
 */
export function choiceCookie<T extends string>(name: string, isValue: (v: unknown) => v is T) {
  return {
    async chosen(): Promise<T | undefined> {
      const value = (await cookies()).get(name)?.value;
      return isValue(value) ? value : undefined;
    },
    async startWith(value: T): Promise<void> {
      const jar = await cookies();
      if (isValue(jar.get(name)?.value)) return;
      jar.set(name, value, { path: "/", maxAge: YEAR, sameSite: "lax" });
    },
  };
}
