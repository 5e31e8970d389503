// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { ClearDraft } from "./clear-draft";
import { draftKey, type Draft } from "./draft-storage";
import { useQuizDraft } from "./use-quiz-draft";
import { useQuizForm } from "./use-quiz-form";
import { useQuizPaging } from "./use-quiz-paging";

const options = [
  { id: "a", text: "A" },
  { id: "b", text: "B" },
];
const QUESTIONS: PublicQuestion[] = [
  { id: "q1", type: "single", prompt: "One?", options },
  { id: "q2", type: "multi", prompt: "Two?", options },
  { id: "q3", type: "single", prompt: "Three?", options },
];
const KEY = draftKey("bridge", undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The pieces of the quiz form that the draft touches, with real inputs. */
function Harness({
  storageKey = KEY,
  ids,
  forms,
}: {
  storageKey?: string;
  ids: (string | undefined)[];
  forms?: unknown[];
}) {
  const { form, defaults } = useQuizForm("bridge", undefined, QUESTIONS);
  forms?.push(form);
  const paging = useQuizPaging(QUESTIONS, async () => true);
  const attemptId = useQuizDraft({
    draftKey: storageKey,
    defaults,
    form,
    index: paging.index,
    restoreIndex: paging.restore,
  });
  ids.push(attemptId);
  return (
    <form>
      <p data-testid="index">{paging.index}</p>
      {QUESTIONS.map((q) =>
        options.map((o) => (
          <label key={`${q.id}-${o.id}`}>
            {`${q.id} ${o.text}`}
            <input
              type={q.type === "multi" ? "checkbox" : "radio"}
              value={o.id}
              {...form.register(`answers.${q.id}`)}
            />
          </label>
        )),
      )}
      <button type="button" onClick={paging.next}>
        Next
      </button>
    </form>
  );
}

const stored = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? "null") as Draft | null;
const save = (draft: unknown, key = KEY) => localStorage.setItem(key, JSON.stringify(draft));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("useQuizDraft", () => {
  it("starts a new attempt after hydration and saves it before any answer", () => {
    const ids: (string | undefined)[] = [];
    render(<Harness ids={ids} />);
    // The first render matches the server's HTML: no id yet (the plain form).
    expect(ids[0]).toBeUndefined();
    const id = ids.at(-1);
    expect(id).toMatch(UUID);
    expect(stored()).toEqual({
      attemptId: id,
      answers: { q1: null, q2: [], q3: null },
      index: 0,
    });
  });

  it("writes every answer and the position as they change", async () => {
    const ids: (string | undefined)[] = [];
    render(<Harness ids={ids} />);
    fireEvent.click(screen.getByLabelText("q1 B"));
    expect(stored()?.answers.q1).toBe("b");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Next" })));
    expect(screen.getByTestId("index").textContent).toBe("1");
    fireEvent.click(screen.getByLabelText("q2 A"));
    fireEvent.click(screen.getByLabelText("q2 B"));
    expect(stored()).toEqual({
      attemptId: ids.at(-1),
      answers: { q1: "b", q2: ["a", "b"], q3: null },
      index: 1,
    });
  });

  it("stops saving once the form is gone", () => {
    const forms: unknown[] = [];
    const view = render(<Harness ids={[]} forms={forms} />);
    const form = forms.at(-1) as ReturnType<typeof useQuizForm>["form"];
    view.unmount();
    localStorage.clear();
    act(() => form.setValue("answers.q1", "a"));
    expect(stored()).toBeNull();
  });

  it("restores the attempt id, the answers into the inputs, and the position", () => {
    const id = "7b0a3d8e-1f2c-4a5b-9c6d-0e1f2a3b4c5d";
    save({ attemptId: id, answers: { q1: "a", q2: ["b"] }, index: 2 });
    const ids: (string | undefined)[] = [];
    render(<Harness ids={ids} />);
    expect(ids.at(-1)).toBe(id);
    expect(screen.getByTestId("index").textContent).toBe("2");
    expect(screen.getByLabelText<HTMLInputElement>("q1 A").checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("q2 B").checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("q2 A").checked).toBe(false);
    // Saved back unchanged: the same attempt, so a resend can only land once.
    expect(stored()).toEqual({
      attemptId: id,
      answers: { q1: "a", q2: ["b"] },
      index: 2,
    });
  });

  it("lands on the last question when the draft's position is past the end", () => {
    save({ attemptId: "x", answers: {}, index: 9 });
    render(<Harness ids={[]} />);
    expect(screen.getByTestId("index").textContent).toBe("2");
  });

  it("starts fresh from an unreadable draft", () => {
    localStorage.setItem(KEY, "{not json");
    const ids: (string | undefined)[] = [];
    render(<Harness ids={ids} />);
    expect(ids.at(-1)).toMatch(UUID);
    expect(stored()?.attemptId).toBe(ids.at(-1));
  });

  it("keeps a retry's or a class's draft apart from the whole quiz's", () => {
    save({ attemptId: "whole", answers: { q1: "a" }, index: 1 });
    const ids: (string | undefined)[] = [];
    const classKey = draftKey("bridge", undefined, "ABC234");
    render(<Harness storageKey={classKey} ids={ids} />);
    expect(ids.at(-1)).not.toBe("whole");
    expect(screen.getByLabelText<HTMLInputElement>("q1 A").checked).toBe(false);
    expect(stored()?.attemptId).toBe("whole");
    expect(stored(classKey)?.attemptId).toBe(ids.at(-1));
  });

  it("is cleared by the result page, and the next visit is a new attempt", () => {
    const ids: (string | undefined)[] = [];
    const first = render(<Harness ids={ids} />);
    fireEvent.click(screen.getByLabelText("q1 A"));
    const id = ids.at(-1)!;
    first.unmount();
    const other = draftKey("other", undefined);
    save({ attemptId: "someone-else", answers: {}, index: 0 }, other);

    const result = render(<ClearDraft attemptId={id} />);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(stored(other)?.attemptId).toBe("someone-else");
    result.unmount();

    const again: (string | undefined)[] = [];
    render(<Harness ids={again} />);
    expect(again.at(-1)).toMatch(UUID);
    expect(again.at(-1)).not.toBe(id);
    expect(screen.getByLabelText<HTMLInputElement>("q1 A").checked).toBe(false);
  });
});
