// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readableChunks } from "./collect";

// jsdom lays nothing out, so "rendered" is decided by the test.
const everything = () => true;

function page(html: string) {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe("readableChunks", () => {
  it("reads only marked text, in document order, a sentence at a time", () => {
    const root = page(`<section>
      <h2 data-read>Key points</h2><button>Listen</button>
      <p data-read>Officials say so. The Ledger reported it.</p>
      <details><summary>Source: The Ledger</summary></details>
      <figure><blockquote data-read>“We know.”</blockquote><figcaption>— <span data-read>A council official</span></figcaption></figure>
    </section>`);
    expect(readableChunks(root, everything).map((c) => c.text)).toEqual([
      "Key points",
      "Officials say so.",
      "The Ledger reported it.",
      "“We know.”",
      "A council official",
    ]);
  });

  it("reads a glossary term as part of its sentence, and never its definition card", () => {
    const root = page(
      `<div><p data-read>Trump's <button>envoy</button><span popover id="t">A person sent to talk.</span> is leading it.</p></div>`,
    );
    const [chunk, ...rest] = readableChunks(root, everything);
    expect(rest).toEqual([]);
    expect(chunk!.text).toBe("Trump's envoy is leading it.");
    // The range spans the three text nodes, skipping none of the words.
    expect(chunk!.range.toString()).toContain("Trump's envoy");
    expect(chunk!.range.startContainer.textContent).toBe("Trump's ");
    expect(chunk!.range.endContainer.textContent).toBe(" is leading it.");
  });

  it("maps each sentence to its own range within the text", () => {
    const root = page(`<div><p data-read>One here. Two there.</p></div>`);
    const [, two] = readableChunks(root, everything);
    expect(two!.range.toString()).toBe("Two there.");
    expect(two!.block.tagName).toBe("P");
  });

  it("reads a marked label inside a marked line on its own, and skips what is not rendered", () => {
    const root = page(`<div>
      <p data-read><span data-read>Claim</span>Ortiz says more.</p>
      <p data-read class="gone">Not on screen.</p>
      <p data-read aria-hidden="true">Decoration.</p>
    </div>`);
    const rendered = (el: Element) => !el.classList.contains("gone");
    expect(readableChunks(root, rendered).map((c) => c.text)).toEqual([
      "Claim",
      "Ortiz says more.",
    ]);
  });

  it("reads nothing outside its target", () => {
    page(`<div data-read><p id="inner">Unmarked inside a mark outside.</p></div>`);
    expect(readableChunks(document.getElementById("inner")!, everything)).toEqual([]);
  });
});
