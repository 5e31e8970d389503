import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { Question } from "../../lib/quiz/question-types/type-registry";
import { responseFields, rightResponse, wrongResponse } from "../../test/support/quiz-responses";

// Server actions and routes called the way an attacker would: straight over HTTP, with the
// body React's own client encoder makes (so a refusal comes from our code, not from a
// malformed request). Action ids are read from the build, never hard-coded.

const build = path.join(process.cwd(), ".next", "server");
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

export type ActionRef = { id: string; key: string; pages: string[] };

/** Every server action in the build, as `file#export`. */
export function buildActions(): ActionRef[] {
  const manifest = JSON.parse(
    readFileSync(path.join(build, "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename: string; exportedName: string; workers: object }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    pages: Object.keys(entry.workers),
  }));
}

/**
 * Every page and route handler in the build, as the app-paths manifest names them. Next adds
 * a hash to a metadata image's name under a route group (`opengraph-image-9p1oyi`): the row
 * names the file, so the hash is dropped.
 */
export function buildRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(build, "app-paths-manifest.json"), "utf8"));
  return Object.keys(manifest)
    .map((route) => route.replace(/\/(opengraph-image|twitter-image|icon)-[a-z0-9]+\//, "/$1/"))
    .sort();
}

export function actionId(key: string): string {
  const found = buildActions().find((action) => action.key === key);
  if (!found) throw new Error(`no server action ${key} in the build`);
  return found.id;
}

/** A form's fields, as a browser's FormData would carry them. */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) form.append(name, v);
  }
  return form;
}

export type ActionCall = {
  /** The page the action is posted to (any page works; Next routes by the action id). */
  page: string;
  key: string;
  args: unknown[];
  /** Defaults to the site's own origin; a cross-site caller sets another; null sends none. */
  origin?: string | null;
  headers?: Record<string, string>;
};

export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  { page, key, args, origin, headers: extra = {} }: ActionCall,
): Promise<ActionResult> {
  const body = await encodeReply(args);
  const headers: Record<string, string> = {
    "next-action": actionId(key),
    ...(origin === null ? {} : { origin: origin ?? new URL(baseURL).origin }),
    ...extra,
  };
  const options = { headers, maxRedirects: 0 };
  const response = await request.post(
    page,
    typeof body === "string" ? { ...options, data: body } : { ...options, multipart: body },
  );
  return readAction(response);
}

export type ActionResult = {
  status: number;
  /** Where the action sent the browser (its `redirect()`), if anywhere. */
  redirect?: string;
  body: string;
  response: APIResponse;
};

async function readAction(response: APIResponse): Promise<ActionResult> {
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0];
  return { status: response.status(), redirect, body: await response.text(), response };
}

/** The quiz form a reader would post with every answer right (or every one wrong). */
export function quizForm(
  questions: Question[],
  fields: Record<string, string>,
  right = true,
): FormData {
  const form = formOf(fields);
  for (const q of questions) {
    for (const [name, value] of responseFields(q, right ? rightResponse(q) : wrongResponse(q)))
      form.append(name, value);
  }
  return form;
}
