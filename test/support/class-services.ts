import type { Lang } from "@/lib/i18n/lang";
import path from "node:path";
import type { StudentBrowser } from "@/lib/classes/student.server";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import type { Level } from "@/lib/content/reading-level-choice";
import { createSqliteStore } from "@/lib/store/sqlite-store";
import { tempDir } from "@/test/temp-dir";

/** A real embedded store in a temp folder, closed and removed when the test finishes. */
export function freshStore() {
  const store = createSqliteStore(path.join(tempDir("services"), "store.db"), {
    classRetentionDays: () => 180,
    attemptRetentionDays: () => 365,
  });
  return store;
}

/** One browser's cookies, in memory: the same object is the same phone. */
export function fakeBrowser(): StudentBrowser & {
  level?: Level;
  lang?: Lang;
  members: Map<string, string>;
} {
  const members = new Map<string, string>();
  let next = 0;
  const browser = {
    members,
    level: undefined as Level | undefined,
    lang: undefined as Lang | undefined,
    member: async (code: string) => members.get(code),
    async ensureMember(code: string) {
      if (!members.has(code)) members.set(code, `student-${++next}`);
      return members.get(code)!;
    },
    chosenLevel: async () => browser.level,
    async startAtLevel(level: Level) {
      browser.level ??= level;
    },
    chosenLang: async () => browser.lang,
    async startInLang(lang: Lang) {
      browser.lang ??= lang;
    },
  };
  return browser;
}

/** Any briefing the content holds (the tests must not name a story). */
export const someSlug = () => listBriefingSlugs()[0]!;

/** A posted form, as a browser sends it. */
export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
