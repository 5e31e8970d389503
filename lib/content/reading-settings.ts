/**
 * Reading settings: text size and line spacing, remembered on this device (localStorage).
 *
 * They take effect through two attributes on <html> (`data-text-size`, `data-line-spacing`)
 * that app/globals.css turns into a root font-size in percent and wider line heights. The
 * attributes are set by READING_SETTINGS_SCRIPT, inlined in <head>, so the saved setting is
 * there before the first paint of a prerendered page, with no client component and no
 * React state: the header's control is plain radio buttons (components/ui/reading-settings.tsx)
 * whose `change` events the same script handles.
 */

/** A setting's choice; its label is in each language's dictionary (lib/i18n, shell). */
export type Choice = { value: string };

/** Percentages of the browser's own font size: app/globals.css, "Reading settings". */
export const TEXT_SIZES = [
  { value: "standard" },
  { value: "large" },
  { value: "larger" },
  { value: "largest" },
] as const satisfies readonly Choice[];

export const LINE_SPACINGS = [
  { value: "standard" },
  { value: "wide" },
] as const satisfies readonly Choice[];

/** Each setting's radio name, storage field and <html> attribute (`data-` + name). */
export const SETTINGS = {
  "text-size": TEXT_SIZES,
  "line-spacing": LINE_SPACINGS,
} as const;

/** The localStorage key, and the id of the settings panel (one name for one feature). */
export const READING_SETTINGS_KEY = "reading-settings";

const allowed = Object.fromEntries(
  Object.entries(SETTINGS).map(([name, choices]) => [name, choices.map((c) => c.value)]),
);

/*
 * Hand-kept short: it runs on every page view before anything paints, and it is sent in every
 * HTML response (once in the <script>, once in the RSC payload). Syntax up to ES2019, which
 * every browser with popovers has; an older one that cannot parse it just keeps its defaults.
 * - a(s) writes each setting to <html>, falling back to the first (default) choice for a
 *   missing or unknown value, so a stale or hand-edited entry can never break the page;
 *   storage may be missing or throw (blocked cookies), which also means the defaults;
 * - on a change of one of the radios: apply, then store; if storing fails it still applies;
 * - before the panel opens: checks the radios that match <html>, the one source of truth,
 *   since the prerendered HTML cannot know the saved choice.
 */
export const READING_SETTINGS_SCRIPT = `(()=>{let d=document.documentElement,k=${JSON.stringify(READING_SETTINGS_KEY)},o=${JSON.stringify(allowed)},g=n=>d.getAttribute("data-"+n),a=s=>{for(let n in o)d.setAttribute("data-"+n,o[n].includes(s[n])?s[n]:o[n][0])};try{a(JSON.parse(localStorage[k])||{})}catch{a({})}addEventListener("change",({target:t})=>{if(o.hasOwnProperty(t.name)){let s={};for(let n in o)s[n]=g(n);s[t.name]=t.value;a(s);try{localStorage[k]=JSON.stringify(s)}catch{}}});addEventListener("beforetoggle",({target:p})=>{if(p.id==k)for(let i of p.querySelectorAll("input"))i.checked=i.value==g(i.name)},true)})()`;
