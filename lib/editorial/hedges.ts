import { normalizeForMatch } from "../content/normalize";
import { quotedWordsIn } from "./key-terms";
import { settingOf, within, type Setting, type Stretch } from "./setting";
import { sentencesOf, sharesStem, stemsOf, withoutPossessive, wordsOf } from "./words";

/**
 * The hedges an editor keeps (docs/editorial.md lists every word):
 * - `attributed`: who says so. Read from the sentence that carries the claim ("…, US and
 *   Russian officials have said"), from a quotation's closing words when the claim is the
 *   first sentence of a quote, from a direct quote, or from "according to" in its clause;
 * - `reported`: the outlet keeping its distance ("reportedly"), in its clause;
 * - `likely`, `belief`, `aim`: in the clause of the span they stand in.
 */
export type HedgeFamily = "attributed" | "reported" | "likely" | "belief" | "aim";

const list = (words: string) => words.trim().split(/\s+/);
const pattern = (words: string[]) => new RegExp(`\\b(?:${words.join("|")})\\b`, "i");

/** Verbs that credit a whole sentence to its speaker: "X said …", "…, X told the paper". */
const FRAMES = list(
  `said says say told tells stated states confirmed confirms noted notes added adds quoted reported
  announced announces wrote writes shows show showed`,
);
/** Words that credit only their own clause. */
const CLAUSE_CREDITS = list("according reportedly allegedly");
/** Words of ours that say a claim is someone's: a saying verb beside who says it. */
export const SAYING_WORDS = list(
  `${FRAMES.join(" ")} according reportedly allegedly per calls call called credits credited
  account quote quotes`,
);
/** "Claims come from officials": a source named as where a claim comes from. */
const COMES_FROM = /\b(?:comes?|came) from\b/i;

/**
 * Sentences that claim nothing of the source's, so no hedge is owed: an unknown, named
 * ("What the plan's points say."), or what the report leaves out ("The report gives no years").
 */
const CLAIMS_NOTHING =
  /^(?:what|who|whom|whose|when|where|whether|which|why|how|if)\b|^the report (?:does not|doesn't|gives no|names no|mentions no|says nothing|has no|lists no|quotes no)\b/i;

type Family = { label: string; triggers: string[]; keeps: string[] };

export const FAMILIES: Record<Exclude<HedgeFamily, "attributed">, Family> & {
  attributed: { label: string };
} = {
  attributed: { label: "who says so" },
  reported: {
    label: "that it is only reportedly so",
    triggers: list("reportedly allegedly purportedly supposedly"),
    keeps: list("reportedly allegedly purportedly supposedly reported"),
  },
  likely: {
    label: "that it is only likely or expected",
    triggers: list("likely expected expects expect probably possibly might could"),
    // Not "may": the month would pass for it.
    keeps: list("likely expected expects expect probably possibly might could due planned"),
  },
  belief: {
    label: "that it is a belief",
    triggers: list("believes believe believed thinks think feel feels hope hopes"),
    keeps: list(
      "believes believe believed belief thinks think thought feel feels felt hope hopes hoped sees see view confident",
    ),
  },
  aim: {
    label: "that it is an aim, not a fact",
    triggers: list("aim aims idea goal goals intends intend purpose"),
    keeps: list(
      "aim aims aimed idea goal goals intends intend purpose hope hopes want wants seek seeks meant",
    ),
  },
};

export const HEDGE_FAMILIES = Object.keys(FAMILIES) as HedgeFamily[];

/** One hedge of a fact: its family, the source's words that carry it, and what it governs. */
type Hedge = {
  family: HedgeFamily;
  /** The source's words, quoted in messages: “US and Russian officials have said”. */
  source: string;
  /** Stems of the words it governs: a sentence of ours sharing one must keep it. */
  stems: Set<string>;
  /** Who says so: the sentence or clause of the source that credits the claim. */
  credit?: string;
  /** The words before the crediting verb: "Shah", "he", "The official". */
  subject?: string;
};

/** Who a fact is credited to, as its `attribution` names them: "A US official" → official. */
export type Speaker = {
  label: string;
  /** The words that name them in our text ("official", "Ortiz"); "report" for the report. */
  words: string[];
  /** The report itself (or the outlet keeping its distance): "reportedly" names it too. */
  isReport: boolean;
};

export type FactHedges = {
  hedges: Hedge[];
  speaker: Speaker;
  /** Words the source itself puts in quote marks ("secretly", "inspired"): a reader must see them. */
  scare: string[];
  /** Stems that tie a sentence of ours to this fact. */
  stems: Set<string>;
};

const ARTICLES = new Set(["a", "an", "the", "unnamed", "itself"]);

/**
 * "A council official, to the Ledger" → official; "Lena Ortiz" → Ortiz. The report, or
 * the outlet whose reporting it is (`outlet`: source.json's originalReporting), speaks for
 * itself: "the report says" names it.
 */
export function speakerOf(attribution: string, outlet = ""): Speaker {
  const head = normalizeForMatch(attribution).split(/[,(]/)[0]!.replace(/"/g, "").trim();
  const words = wordsOf(head)
    .map(withoutPossessive)
    .filter((w) => !ARTICLES.has(w.toLowerCase()));
  const last = words.at(-1) ?? "report";
  const isOutlet = outlet !== "" && wordsOf(outlet).at(-1)?.toLowerCase() === last.toLowerCase();
  const isReport = /^report/i.test(last) || isOutlet;
  return { label: head, words: /^report/i.test(last) ? ["report"] : [last], isReport };
}

/**
 * The source's words around a trigger, for a message: “is likely to have”. Words before it
 * stop at a comma or quote mark, so a speaker reads whole (“US and Russian officials have
 * said”, “Ana Ruiz told the Ledger”); words after it stop at "that". `subject` is the part
 * before the trigger: who the source says it of.
 */
function around(
  text: string,
  index: number,
  length: number,
  before = 2,
  after = 2,
): { source: string; subject: string } {
  const segments = text.slice(0, index).split(/[,;:"]/);
  const lead =
    segments
      .filter((segment) => segment.trim())
      .at(-1)
      ?.trim() ?? "";
  const subject = before > 0 ? lead.split(/\s+/).slice(-before).join(" ") : "";
  const next = text
    .slice(index + length)
    .split(/[,;:".]/)[0]!
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const that = next.indexOf("that");
  const tail = next.slice(0, that >= 0 && that < 4 ? that + 1 : after);
  const source = [subject, text.slice(index, index + length), ...tail].join(" ").trim();
  return { source, subject };
}

function firstMatch(text: string, words: string[]): RegExpExecArray | null {
  return pattern(words).exec(text);
}

/** The stems a stretch of the span governs, less what is common to the whole source. */
function stemsIn(text: string, common: ReadonlySet<string>): Set<string> {
  return new Set([...stemsOf(text)].filter((s) => !common.has(s)));
}

/**
 * The hedges a fact's evidence carries, read where the source puts them (see HedgeFamily).
 * `common` holds stems too frequent in the source to tie a sentence to this fact ("US").
 */
export function factHedges(
  source: string,
  evidence: string,
  attribution: string,
  common: ReadonlySet<string> = new Set(),
  outlet = "",
): FactHedges {
  const setting = settingOf(source, evidence);
  const span = normalizeForMatch(evidence);
  const all = stemsIn(span, common);
  const hedges: Hedge[] = setting ? hedgesIn(setting, all, common) : [];
  return {
    hedges,
    speaker: speakerOf(attribution, outlet),
    scare: quotedWordsIn(span).flatMap((q) => q.text.split(" ")),
    stems: all,
  };
}

function hedgesIn(setting: Setting, all: Set<string>, common: ReadonlySet<string>): Hedge[] {
  const out: Hedge[] = [];
  const { span } = setting;
  const governed = (stretch: Stretch) => {
    const stems = stemsIn(within(span, stretch).text, common);
    return stems.size > 0 ? stems : all;
  };

  // Who says so: a saying verb anywhere in the claim's sentences credits all of it.
  const framed = setting.sentences.find((s) => firstMatch(s.text, FRAMES));
  const closing =
    !framed && setting.continuation && firstMatch(setting.continuation.text, FRAMES)
      ? setting.continuation
      : undefined;
  // A direct quote of three words or more is someone's words, whoever the sentence names.
  const quote = /"[^"\s]+(?:\s[^"\s]+){2,}/.test(span.text);
  if (framed || closing) {
    const s = (framed ?? closing)!;
    const m = firstMatch(s.text, FRAMES)!;
    out.push({
      family: "attributed",
      ...around(s.text, m.index, m[0].length, 5, 2),
      stems: all,
      credit: s.text,
    });
  } else if (quote) {
    out.push({ family: "attributed", source: "a direct quote", stems: all });
  }

  for (const clause of setting.clauses) {
    const part = within(span, clause);
    if (!part.text) continue;
    // "according to …", "reportedly": the clause they stand in, even outside the span.
    const credit = firstMatch(clause.text, CLAUSE_CREDITS);
    if (credit && !out.some((h) => h.family === "attributed" && h.stems === all)) {
      out.push({
        family: "attributed",
        // "according to a draft budget" reads forward; "Greenway reportedly offered" both ways.
        ...around(
          clause.text,
          credit.index,
          credit[0].length,
          /^according/i.test(credit[0]) ? 0 : 1,
          4,
        ),
        stems: governed(clause),
        credit: clause.text,
      });
    }
    for (const family of ["reported", "likely", "belief", "aim"] as const) {
      const { triggers } = FAMILIES[family];
      // "reportedly" governs its clause; the others only where the span includes them.
      const text = family === "reported" ? clause.text : part.text;
      const m = firstMatch(text, triggers);
      if (!m) continue;
      const { source } = around(text, m.index, m[0].length);
      out.push({ family, source, stems: governed(clause) });
    }
  }
  return out;
}

export function hedgeLabel(family: HedgeFamily): string {
  return FAMILIES[family].label;
}

const PRONOUNS = /\b(?:he|she|they|his|her|their|him|them)\b/i;

/** Whether a sentence of ours names the speaker: "official" for "a US official". */
function namesSpeaker(sentence: string, speaker: Speaker): boolean {
  if (speaker.isReport && /\breport(?:s|ed|edly)?\b/i.test(sentence)) return true;
  const stems = speaker.words.map((w) => w.toLowerCase().slice(0, Math.max(4, w.length - 2)));
  return wordsOf(sentence).some((w) => stems.some((stem) => w.toLowerCase().startsWith(stem)));
}

/** What satisfies a hedge, for the message: the words an editor may use. */
function acceptedWords(family: HedgeFamily, speaker: Speaker): string {
  if (family !== "attributed") return FAMILIES[family].keeps.join(", ");
  const who = !speaker.isReport
    ? `“${speaker.words.join(" ")}”`
    : speaker.words[0] === "report"
      ? "the report (or “reportedly”)"
      : `“${speaker.words.join(" ")}” or the report`;
  return `name ${who} with a saying word (${SAYING_WORDS.slice(0, 8).join(", ")}…), or “he/she/they said” after a sentence that names them`;
}

/**
 * Whether a sentence keeps a hedge. Who says so needs a saying word and the speaker (or a
 * pronoun for them after an earlier sentence that named them); the others need one of their
 * family's words. `lead` is a list's lead-in ("Sources told the paper …:"), read with every item.
 */
function keeps(
  family: HedgeFamily,
  sentence: string,
  speaker: Speaker,
  earlier: string[] = [],
): boolean {
  if (family !== "attributed") return pattern(FAMILIES[family].keeps).test(sentence);
  if (!pattern(SAYING_WORDS).test(sentence) && !COMES_FROM.test(sentence)) return false;
  if (namesSpeaker(sentence, speaker)) return true;
  // "He said …", or a who's who line's "Said …" with its subject left out, after a sentence
  // that names the speaker.
  const continues =
    PRONOUNS.test(sentence) || pattern(SAYING_WORDS).test(wordsOf(sentence)[0] ?? "");
  return continues && earlier.some((s) => namesSpeaker(s, speaker));
}

/**
 * What a text citing these facts drops. Each sentence that talks about what a hedge governs
 * (shares a stem with it; if no sentence talks about the fact, the whole text) must keep it.
 * A sentence talks about a fact when it shares a stem only that fact has among those cited:
 * "28 points" ties a sentence to no one fact when two cited facts say it. Any hedge is also
 * kept by the `lead` a list item reads under. A sentence that only says who someone is, in
 * the words of the who's who (`who`: stems of its names and roles), claims nothing to hedge:
 * "Ruiz is the town's finance director."
 */
export function droppedHedges(
  text: string,
  facts: { id: string; hedges: FactHedges }[],
  lead = "",
  who: ReadonlySet<string> = new Set(),
): string[] {
  const sentences = sentencesOf(text);
  const problems: string[] = [];
  for (const { id, hedges } of facts) {
    const others = facts.filter((f) => f.id !== id).flatMap((f) => [...f.hedges.stems]);
    const own = new Set([...hedges.stems].filter((s) => !others.includes(s)));
    const ties = own.size > 0 ? own : hedges.stems;
    const about = sentences.filter((s) => sharesStem(stemsOf(s), ties));
    for (const hedge of hedges.hedges) {
      if (keeps(hedge.family, lead, hedges.speaker, [])) continue;
      const using = about.filter((s) => sharesStem(stemsOf(s), hedge.stems));
      const checked = using.length > 0 ? using : about.length > 0 ? [] : [sentences.join(" ")];
      for (const sentence of checked) {
        if (CLAIMS_NOTHING.test(sentence)) continue;
        if ([...stemsOf(sentence)].every((s) => who.has(s))) continue;
        const earlier = [lead, ...sentences.slice(0, sentences.indexOf(sentence))];
        if (keeps(hedge.family, sentence, hedges.speaker, earlier)) continue;
        problems.push(
          `drops ${hedgeLabel(hedge.family)} of fact "${id}" (the source: “${hedge.source}”) in "${sentence}": keep it with ${acceptedWords(hedge.family, hedges.speaker)}`,
        );
      }
    }
    // The source's own word, in its quote marks, once in the text is enough: the sentences
    // after it read as about the same thing.
    for (const word of hedges.scare) {
      const stem = word.toLowerCase().slice(0, Math.max(4, word.length - 2));
      if (!normalizeForMatch(text).toLowerCase().includes(stem)) {
        problems.push(
          `drops the source's own word “${word}” (in quote marks there) of fact "${id}": use it, in quote marks`,
        );
      }
    }
  }
  return problems;
}
