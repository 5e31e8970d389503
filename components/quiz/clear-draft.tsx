"use client";

import { useEffect } from "react";
import { clearDraftsFor } from "./draft-storage";

/** Mounted on a result page: the server has the attempt, so its local draft can go. */
export function ClearDraft({ attemptId }: { attemptId: string }) {
  useEffect(() => clearDraftsFor(attemptId), [attemptId]);
  return null;
}
