// The reading engine, fetched by the first tap (or focus) on a Listen button: it reads the
// target's marked text one sentence at a time, highlights the sentence being spoken and keeps
// it on screen, and drives the player bar. Nothing here changes the page React renders.
import { isRendered, readableChunks, type Chunk } from "@/lib/listen/collect";
import { readRate, saveRate } from "@/lib/listen/rate";
import { spokenForm } from "@/lib/listen/spoken-form";
import { pageLang, pickVoice } from "@/lib/listen/voice";
import { createPlayerBar, type PlayerBar, type State } from "./player-bar";
import "./player.css";

let reading: Reading | undefined;
let bar: PlayerBar | undefined;

/** Reads `root` aloud, replacing whatever was being read. */
export function listen(root: HTMLElement | null, origin: HTMLElement) {
  reading?.halt();
  if (!root) return;
  bar ??= createPlayerBar({
    togglePause: () => reading?.togglePause(),
    stop: () => reading?.end("stopped"),
    setRate: (rate) => {
      saveRate(rate);
      reading?.restart();
    },
  });
  reading = new Reading(readableChunks(root), root, origin, bar);
  reading.start();
}

// Leaving the page ends the reading (some browsers keep speaking otherwise); a page restored
// from the back/forward cache then says "Stopped", not a stale "Reading…".
addEventListener("pagehide", () => reading?.end("stopped"));

// Escape stops the reading from anywhere on the page, unless it is closing a glossary card
// first (the card's own Escape: one press, one thing closed).
addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !event.defaultPrevented && !cardOpen()) reading?.end("stopped");
});

function cardOpen(): boolean {
  try {
    return document.querySelector(":popover-open") !== null;
  } catch {
    return false; // a browser without popovers has no card open
  }
}

class Reading {
  private index = 0;
  private current: SpeechSynthesisUtterance | undefined;
  private state: State = "reading";

  constructor(
    private readonly chunks: Chunk[],
    private readonly root: HTMLElement,
    private readonly origin: HTMLElement,
    private readonly bar: PlayerBar,
  ) {}

  start() {
    this.bar.open(readRate());
    this.speak();
  }

  togglePause() {
    if (this.state === "reading") {
      this.silence();
      this.set("paused");
    } else if (this.state === "paused") {
      this.set("reading");
      this.speak();
    }
  }

  /** A new speed applies at once: the sentence starts again at that speed. */
  restart() {
    if (this.state !== "reading") return;
    this.silence();
    this.speak();
  }

  end(state: "stopped" | "finished") {
    if (this.state === "stopped" || this.state === "finished") return;
    this.halt();
    this.set(state);
    this.bar.close(this.origin);
  }

  /** Stops without a word: another Listen button took over, or the page is going away. */
  halt() {
    this.silence();
    this.state = "stopped";
    if (typeof Highlight === "function") CSS.highlights.delete("listen");
  }

  private speak() {
    const chunk = this.chunks[this.index];
    if (!chunk) return this.end("finished");
    // What was being read left the screen (the next question, another page): stop there.
    if (!this.root.isConnected || !isRendered(this.root)) return this.end("stopped");
    const lang = pageLang();
    const utterance = new SpeechSynthesisUtterance(spokenForm(chunk.text, lang.split("-")[0]));
    utterance.lang = lang;
    utterance.rate = readRate();
    const voice = pickVoice(speechSynthesis.getVoices(), utterance.lang);
    if (voice) utterance.voice = voice;
    // Events of an utterance that was cancelled (pause, stop, new speed) are old news.
    utterance.onstart = () => {
      if (this.current !== utterance) return;
      this.set("reading");
      follow(chunk, this.bar.height());
    };
    utterance.onend = () => {
      if (this.current !== utterance) return;
      this.index++;
      this.speak();
    };
    utterance.onerror = () => {
      if (this.current === utterance) this.end("stopped");
    };
    this.current = utterance;
    speechSynthesis.speak(utterance);
  }

  /**
   * Pause is cancel-and-remember, not speechSynthesis.pause(): that is unreliable on Android
   * and some desktop voices. Resume starts the sentence again, which helps a listener anyway.
   */
  private silence() {
    this.current = undefined;
    speechSynthesis.cancel();
  }

  private set(state: State) {
    this.state = state;
    this.bar.show(state);
  }
}

/** Space under the sticky section links (components/briefing/section-nav.tsx). */
const TOP = 80;

/** Highlights the sentence (where the browser can) and scrolls it into view above the bar. */
function follow(chunk: Chunk, covered: number) {
  if (typeof Highlight === "function") CSS.highlights.set("listen", new Highlight(chunk.range));
  const box = chunk.range.getBoundingClientRect();
  // Text inside a <select> has no box of its own.
  if (!box.height)
    return (chunk.block.closest("select") ?? chunk.block).scrollIntoView({ block: "nearest" });
  const bottom = innerHeight - covered;
  if (box.top < TOP || box.bottom > bottom) scrollBy({ top: box.top - TOP - (bottom - TOP) / 4 });
}
