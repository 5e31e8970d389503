import * as z from "zod/mini";
import { optionIds } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";

export type OrderPublic = { id: string; type: "order"; prompt: string; items: Choice[] };

export const orderAnswer: AnswerModule<OrderPublic> = {
  // Each event gets a position 1…n, each position once.
  schema(q) {
    const positions = q.items.map((_, i) => String(i + 1));
    return z
      .record(z.enum(optionIds(q.items)), z.enum(positions, { error: MESSAGES.order }), {
        error: MESSAGES.order,
      })
      .check(
        z.refine((v) => new Set(Object.values(v)).size === q.items.length, {
          error: MESSAGES.order,
        }),
      );
  },
  repeats: false,
  toResponse(value) {
    const positions = value as Record<string, string>;
    return Object.keys(positions).sort((x, y) => Number(positions[x]) - Number(positions[y]));
  },
};
