import { normalizeForMatch } from "../content/normalize";
import { CLAUSE_CREDITS, FAMILIES, FRAMES, pattern, type HedgeFamily } from "./hedge-words";
import { quotedWordsIn } from "./key-terms";
import { settingOf, within, type Setting, type Stretch } from "./setting";
import { speakerOf, type Speaker } from "./speakers";
import { stemsOf } from "./words";

// The hedges of a fact, read from the source where it puts them (see HedgeFamily).

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

export type FactHedges = {
  hedges: Hedge[];
  speaker: Speaker;
  /** Words the source itself puts in quote marks ("secretly", "inspired"): a reader must see them. */
  scare: string[];
  /** Stems that tie a sentence of ours to this fact. */
  stems: Set<string>;
};

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
