"use client";

import { useEffect, useState } from "react";
import "./listen-button.css";

type Props = {
  /** The id of the element whose `data-read` text this button reads. */
  target: string;
  /** Starts with the visible text: "Listen to question 2". */
  label: string;
  /** The visible word, in the page's language ("Listen", "Escuchar"). */
  text?: string;
};

// The reading engine (splitting, highlighting, the player bar) is fetched on first intent,
// so a page that is only read ships this button and nothing more. Offline the import fails:
// it is forgotten (undefined), so the next tap tries again.
let engine: Promise<typeof import("./engine") | undefined> | undefined;
const load = () => (engine ??= import("./engine").catch(() => (engine = undefined)));

// A language is its first subtag: "en-US", "en_GB" (older Android) and "en" are English.
// The same as lib/listen/voice.ts's baseLang, inlined so this chunk carries nothing else.
const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * "Listen": reads its target aloud with the browser's own speech synthesis. Rendered hidden
 * on the server, so without JavaScript it never shows; shown once a voice for the page's
 * language exists (voices often arrive late, with `voiceschanged`; some WebViews have none).
 */
export function ListenButton({ target, label, text = "Listen" }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const speech = window.speechSynthesis;
    if (!speech) return;
    const lang = base(document.documentElement.lang);
    const check = () => setReady(speech.getVoices().some((voice) => base(voice.lang) === lang));
    check();
    speech.addEventListener("voiceschanged", check);
    return () => speech.removeEventListener("voiceschanged", check);
  }, []);
  return (
    <button
      type="button"
      className="listen-button"
      hidden={!ready}
      aria-label={label}
      onPointerDown={load}
      onFocus={load}
      onClick={(event) => {
        const origin = event.currentTarget;
        // iOS speaks only from inside a tap: an empty utterance now, before any await,
        // unlocks speech for the sentences queued once the engine has loaded.
        speechSynthesis.speak(new SpeechSynthesisUtterance(""));
        void load().then((m) => m?.listen(document.getElementById(target), origin));
      }}
    >
      {text}
    </button>
  );
}
