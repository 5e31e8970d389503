import {
  LINE_SPACINGS,
  READING_SETTINGS_KEY,
  type Choice,
  type SETTINGS,
  TEXT_SIZES,
} from "@/lib/content/reading-settings";
import type { Dictionary } from "@/lib/i18n/en";
import "./reading-settings.css";

const PANEL_ID = READING_SETTINGS_KEY;

/**
 * The header's "Text" control: text size and line spacing in a native popover (opened,
 * light-dismissed with a tap outside or Escape, and focus returned without any JavaScript of
 * ours). A server component: the inline script in <head> (lib/reading-settings.ts) applies a
 * change and checks the saved choices as the panel opens, so this adds no client JavaScript.
 * It is hidden until that script has run (app/globals.css): without JavaScript, the browser's
 * own zoom does the job.
 */
export function ReadingSettings({ t }: { t: Dictionary["shell"] }) {
  return (
    <div className="reading-settings">
      <button type="button" popoverTarget={PANEL_ID} className="reading-settings-button">
        <span aria-hidden="true" className="font-serif font-bold">
          Aa
        </span>
        {/* Named "Text size and spacing"; the visible word starts the name (voice control). */}
        <span>
          {t.text}
          <span className="sr-only">{t.textHidden}</span>
        </span>
      </button>
      <div id={PANEL_ID} popover="auto" className="reading-settings-panel">
        <Choices name="text-size" legend={t.textSize} choices={TEXT_SIZES} labels={t.sizes} />
        <Choices
          name="line-spacing"
          legend={t.lineSpacing}
          choices={LINE_SPACINGS}
          labels={t.spacings}
        />
        <button
          type="button"
          popoverTarget={PANEL_ID}
          popoverTargetAction="hide"
          className="term-close"
        >
          {t.done}
        </button>
      </div>
    </div>
  );
}

/** One setting as a radio group: native arrow keys, and "checked, 2 of 4" read out. */
function Choices({
  name,
  legend,
  choices,
  labels,
}: {
  name: keyof typeof SETTINGS;
  legend: string;
  choices: readonly Choice[];
  /** Each choice's label in the page's language, by value. */
  labels: Record<string, string>;
}) {
  return (
    <fieldset className="reading-settings-group">
      <legend>{legend}</legend>
      <div>
        {choices.map((choice, i) => (
          <label key={choice.value}>
            <input type="radio" name={name} value={choice.value} defaultChecked={i === 0} />
            {labels[choice.value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
