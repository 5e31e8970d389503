import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Outcome } from "./action-state";

/**
 * A server action's last step: carry out the service's outcome. Every action in app/ is
 * `settle(await service.thing(form))`: the service owns the rules and the words.
 */
export function settle<S>(outcome: Outcome<S>): S {
  if ("redirect" in outcome) redirect(outcome.redirect);
  if ("notFound" in outcome) notFound();
  return outcome.state;
}
