import { describe, expect, it } from "vitest";
import { signTicket, spendTicket, type Ticket } from "./launch-ticket";

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const ticket: Ticket = { kind: "learner", code: "K7M2QX", studentId: "lti-abc", lang: "en" };

function once() {
  const spent = new Set<string>();
  return async (id: string) => !spent.has(id) && Boolean(spent.add(id));
}

describe("a launch ticket", () => {
  it("works once, within two minutes, and only with our secret", async () => {
    const token = await signTicket(ticket, "secret", NOW, "t-1");
    const spendOnce = once();
    expect(await spendTicket(token, "secret", NOW + 1000, spendOnce)).toEqual(ticket);
    expect(await spendTicket(token, "secret", NOW + 2000, spendOnce)).toBeUndefined();
    const later = await signTicket(ticket, "secret", NOW, "t-2");
    expect(await spendTicket(later, "secret", NOW + 121_000, once())).toBeUndefined();
    const forged = await signTicket(ticket, "not-ours", NOW, "t-3");
    expect(await spendTicket(forged, "secret", NOW, once())).toBeUndefined();
    expect(await spendTicket("junk", "secret", NOW, once())).toBeUndefined();
  });
});
