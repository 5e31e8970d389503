// Test-only: a stand-in for the Web Speech API's synthesis half, injected into a page by
// e2e/listen.spec.ts (`page.addInitScript(installSpeechStandIn, options)`), so our code runs
// against the API's contract on a machine with no voice. It records every utterance (text,
// rate, lang, voice) and speaks nothing: an utterance starts on the next tick and ends only
// when the test says so (`__speech.end()`), so the test owns the clock. Self-contained,
// because Playwright sends it to the page as source text.

type Spoken = { text: string; rate: number; lang: string; voice: string | null };

export type SpeechStandIn = {
  log: Spoken[];
  /** The texts spoken so far, without the empty one that unlocks speech on a tap. */
  said(): string[];
  /** The text under the Listen highlight, and whether it is on screen above the player bar. */
  highlighted(): { text: string; inView: boolean } | null;
  /** The text being spoken now, or null. */
  current(): string | null;
  /** Ends the utterance being spoken (the engine then starts its next one). */
  end(): void;
  cancels(): number;
  /** Voices arriving late, as Chrome's do: sets them and fires `voiceschanged`. */
  addVoices(): void;
};

export type StandInOptions = {
  /** No speechSynthesis at all (some in-app browsers). */
  missing?: boolean;
  /** Languages of the voices on offer; none until addVoices() when `late`. */
  voices?: string[];
  late?: boolean;
};

export function installSpeechStandIn(options: StandInOptions = {}) {
  if (options.missing) {
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
    return;
  }
  const all = (options.voices ?? ["en-US"]).map((lang, i) => ({
    name: `Stand-in ${lang}`,
    lang,
    voiceURI: `stand-in-${i}`,
    localService: true,
    default: i === 0,
  }));
  let voices = options.late ? [] : all;
  const log: Spoken[] = [];
  let queue: Utterance[] = [];
  let current: Utterance | null = null;
  let cancels = 0;

  const fire = (u: Utterance, type: string, extra: object = {}) => {
    const event = Object.assign(new Event(type), { utterance: u, charIndex: 0 }, extra);
    u.dispatchEvent(event);
    (u as unknown as Record<string, ((e: Event) => void) | null>)[`on${type}`]?.(event);
  };

  class Utterance extends EventTarget {
    lang = "";
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: { name: string } | null = null;
    onstart = null;
    onend = null;
    onerror = null;
    onboundary = null;
    constructor(public text = "") {
      super();
    }
  }

  const next = () => {
    if (current || !queue.length) return;
    const u = (current = queue.shift()!);
    setTimeout(() => {
      if (current !== u) return;
      fire(u, "start");
      fire(u, "boundary", { name: "word" });
      if (!u.text) end(); // an empty utterance (the unlock on tap) is over at once
    });
  };
  const end = () => {
    const u = current;
    if (!u) return;
    current = null;
    fire(u, "end");
    next();
  };

  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak(u: Utterance) {
      log.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name ?? null });
      queue.push(u);
      next();
    },
    cancel() {
      cancels++;
      const u = current;
      queue = [];
      current = null;
      if (u) fire(u, "error", { error: "interrupted" });
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    value: Utterance,
    configurable: true,
  });
  const standIn: SpeechStandIn = {
    log,
    said: () => log.map((s) => s.text).filter(Boolean),
    highlighted() {
      const range = [...(CSS.highlights.get("listen") ?? [])][0] as Range | undefined;
      if (!range) return null;
      const box = range.getBoundingClientRect();
      const bar = document.querySelector(".listen-bar")!.getBoundingClientRect();
      // A glossary term's definition card sits inside the range, closed: not seen, not read.
      const seen = range.cloneContents();
      for (const card of seen.querySelectorAll("[popover]")) card.remove();
      return {
        text: seen.textContent ?? "",
        // Text in a <select> has no box: nothing to see, nothing to check.
        inView: !box.height || (box.top >= 0 && box.bottom <= bar.top),
      };
    },
    current: () => current?.text ?? null,
    end,
    cancels: () => cancels,
    addVoices() {
      voices = all;
      synth.dispatchEvent(new Event("voiceschanged"));
    },
  };
  Object.assign(window, { __speech: standIn });
}
