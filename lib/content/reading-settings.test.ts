// @ts-expect-error -- jsdom ships no types (and @types/jsdom is not installed); typed below.
import { JSDOM as UntypedJSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { READING_SETTINGS_KEY, READING_SETTINGS_SCRIPT } from "./reading-settings";

type Win = Window & typeof globalThis;
/** The part of jsdom's API used here: a page of its own per test, scripts run as in a browser. */
const JSDOM = UntypedJSDOM as new (
  html: string,
  options: { url: string; runScripts: "dangerously"; beforeParse: (window: Win) => void },
) => { window: Win };

// The script as a browser runs it: inline in <head> of a fresh page, before the body exists.
// The panel mirrors components/ui/reading-settings.tsx (names and values are the contract).
const PANEL = `<div id="${READING_SETTINGS_KEY}">
  <input type="radio" name="text-size" value="standard" checked>
  <input type="radio" name="text-size" value="large">
  <input type="radio" name="text-size" value="largest">
  <input type="radio" name="line-spacing" value="standard" checked>
  <input type="radio" name="line-spacing" value="wide">
</div>`;

type Setup = { saved?: string | null; storageThrows?: boolean };

function page({ saved = null, storageThrows = false }: Setup = {}) {
  const dom = new JSDOM(`<head><script>${READING_SETTINGS_SCRIPT}</script></head>${PANEL}`, {
    url: "https://example.test/",
    runScripts: "dangerously",
    beforeParse(window) {
      if (saved !== null) window.localStorage.setItem(READING_SETTINGS_KEY, saved);
      if (storageThrows)
        Object.defineProperty(window, "localStorage", {
          get: () => {
            throw new window.DOMException("blocked", "SecurityError");
          },
        });
    },
  });
  const { window } = dom;
  const html = window.document.documentElement;
  const radio = (name: string, value: string) =>
    window.document.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!;
  const choose = (name: string, value: string) => {
    radio(name, value).checked = true;
    radio(name, value).dispatchEvent(new window.Event("change", { bubbles: true }));
  };
  const stored = () => window.localStorage.getItem(READING_SETTINGS_KEY);
  return { window, html, radio, choose, stored };
}

const settingsOf = (html: HTMLElement) => [
  html.getAttribute("data-text-size"),
  html.getAttribute("data-line-spacing"),
];

describe("reading settings script", () => {
  it("sets the defaults when nothing is saved", () => {
    const { html } = page();
    expect(settingsOf(html)).toEqual(["standard", "standard"]);
  });

  it("applies a saved setting", () => {
    const { html } = page({ saved: '{"text-size":"largest","line-spacing":"wide"}' });
    expect(settingsOf(html)).toEqual(["largest", "wide"]);
  });

  it.each([
    ["not JSON", "{oops", ["standard", "standard"]],
    ["JSON null", "null", ["standard", "standard"]],
    ["a number", "5", ["standard", "standard"]],
    ["a string", '"largest"', ["standard", "standard"]],
    ["unknown values", '{"text-size":"huge","line-spacing":3}', ["standard", "standard"]],
    ["one good value", '{"text-size":"large","line-spacing":"double"}', ["large", "standard"]],
  ])("falls back to the default for what it cannot use: %s", (_, saved, expected) => {
    expect(settingsOf(page({ saved }).html)).toEqual(expected);
  });

  it("applies and remembers a choice, keeping the other setting", () => {
    const { html, choose, stored } = page({ saved: '{"text-size":"large"}' });
    choose("line-spacing", "wide");
    expect(settingsOf(html)).toEqual(["large", "wide"]);
    expect(JSON.parse(stored()!)).toEqual({ "text-size": "large", "line-spacing": "wide" });
    choose("text-size", "largest");
    expect(JSON.parse(stored()!)).toEqual({ "text-size": "largest", "line-spacing": "wide" });
  });

  it("ignores changes in other forms", () => {
    const { window, html, stored } = page();
    const other = window.document.createElement("input");
    other.name = "q1";
    window.document.body.append(other);
    other.dispatchEvent(new window.Event("change", { bubbles: true }));
    expect(settingsOf(html)).toEqual(["standard", "standard"]);
    expect(stored()).toBeNull();
  });

  it("still applies a choice when storage is blocked", () => {
    const { html, choose } = page({ storageThrows: true });
    expect(settingsOf(html)).toEqual(["standard", "standard"]);
    choose("text-size", "large");
    expect(settingsOf(html)).toEqual(["large", "standard"]);
  });

  it("checks the saved choices as the panel opens", () => {
    const { window, radio } = page({ saved: '{"text-size":"largest","line-spacing":"wide"}' });
    // The server's HTML checks the defaults; the saved choice is only known here.
    expect(radio("text-size", "standard").checked).toBe(true);
    const panel = window.document.getElementById(READING_SETTINGS_KEY)!;
    panel.dispatchEvent(new window.Event("beforetoggle"));
    expect(radio("text-size", "largest").checked).toBe(true);
    expect(radio("line-spacing", "wide").checked).toBe(true);
  });
});
