// The player bar: status, pause, stop and speed, built with plain DOM by the lazily loaded
// engine (no React code to ship for it) and appended to <body>, outside React's tree.
// It is sticky at the bottom, so at the end of the page it sits below the footer instead of
// covering it.
import { RATES } from "@/lib/listen/rate";

export type State = "reading" | "paused" | "stopped" | "finished";

// The bar's words in the page's language (<html lang>): a few dozen bytes, so no dictionary.
const WORDS = {
  en: {
    reading: "Reading…",
    paused: "Paused",
    stopped: "Stopped",
    finished: "Finished",
    region: "Read aloud",
    pause: "Pause",
    stop: "Stop",
    speed: "Speed",
  },
  es: {
    reading: "Leyendo…",
    paused: "En pausa",
    stopped: "Detenido",
    finished: "Terminado",
    region: "Lectura en voz alta",
    pause: "Pausa",
    stop: "Detener",
    speed: "Velocidad",
  },
};

/** How long "Stopped" or "Finished" stays up (and can be heard) before the bar goes. */
const LINGER_MS = 4000;

type Actions = { togglePause(): void; stop(): void; setRate(rate: number): void };

export type PlayerBar = ReturnType<typeof createPlayerBar>;

export function createPlayerBar(actions: Actions) {
  const t = document.documentElement.lang === "es" ? WORDS.es : WORDS.en;
  const bar = document.createElement("div");
  bar.className = "listen-bar";
  bar.setAttribute("role", "region");
  bar.setAttribute("aria-label", t.region);
  bar.hidden = true;
  // A fixed template: no page text goes into this HTML.
  bar.innerHTML = `<div class="listen-bar-inner">
<p class="listen-status" role="status" aria-live="polite"></p>
<button type="button" class="listen-control" aria-pressed="false">${t.pause}</button>
<button type="button" class="listen-control">${t.stop}</button>
<label class="listen-speed">${t.speed} <select>${RATES.map((r) => `<option value="${r}">${r}×</option>`).join("")}</select></label>
</div>`;
  const [pause, stop] = bar.querySelectorAll("button");
  const status = bar.querySelector("p")!;
  const speed = bar.querySelector("select")!;
  pause!.onclick = actions.togglePause;
  stop!.onclick = actions.stop;
  speed.onchange = () => actions.setRate(Number(speed.value));
  document.body.append(bar);
  let linger: ReturnType<typeof setTimeout> | undefined;

  return {
    /** A reading starts: controls on, focus on Pause, so the keyboard is one Tab from Stop. */
    open(rate: number) {
      clearTimeout(linger);
      speed.value = String(rate);
      pause!.disabled = stop!.disabled = false;
      bar.hidden = false;
      pause!.focus({ preventScroll: true });
    },
    show(state: State) {
      // The live region speaks only when its text changes.
      if (status.textContent !== t[state]) status.textContent = t[state];
      pause!.setAttribute("aria-pressed", String(state === "paused"));
    },
    /** The reading is over: focus back to its Listen button, the bar gone after a moment. */
    close(origin: HTMLElement) {
      const hadFocus = () => bar.contains(document.activeElement);
      if (hadFocus()) origin.focus({ preventScroll: true });
      pause!.disabled = stop!.disabled = true;
      linger = setTimeout(() => {
        if (hadFocus()) origin.focus({ preventScroll: true });
        bar.hidden = true;
      }, LINGER_MS);
    },
    height: () => bar.offsetHeight,
  };
}
