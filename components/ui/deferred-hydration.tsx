import { Activity, type ReactNode } from "react";

/**
 * Server-rendered with the page, hydrated after it. React leaves a visible Activity's
 * server HTML in place and hydrates it at idle priority in ~5 ms slices (a tap inside it
 * jumps the queue), instead of in the page's one blocking hydration task: on a slow phone
 * that task is what makes the page feel frozen.
 * Activity, not Suspense: React's server render outlines a large Suspense boundary (past
 * ~12.8 KB) into a hidden element that a script reveals, so without JavaScript it would
 * never show. A visible Activity is always written inline.
 */
export function DeferredHydration({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
