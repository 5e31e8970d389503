// What a Listen button reads: the text of the elements marked `data-read` inside its
// target, in document order, as utterances that each know their place in the page (a Range,
// for the highlight). Only marked text is read, so fact markers, hints and buttons are not.
// The DOM is only read here, never changed: React owns it.
import { splitUtterances } from "./split";

export type Chunk = {
  text: string;
  /** Where the utterance is on the page: highlighted while it is spoken. */
  range: Range;
  /** The marked element it belongs to: scrolled to when the range has no box (an <option>). */
  block: Element;
};

/** Inside a marked element, still not read: a glossary card (a popover), anything hidden. */
const UNREAD = "[popover], [hidden], [aria-hidden='true']";

/** Rendered at all (a question not on screen is display:none). An <option> asks its select. */
export function isRendered(element: Element): boolean {
  return (element.closest("select") ?? element).getClientRects().length > 0;
}

type Piece = { node: Text; start: number };

export function readableChunks(root: Element, rendered = isRendered): Chunk[] {
  const chunks: Chunk[] = [];
  let block: Element | null = null;
  let pieces: Piece[] = [];
  let text = "";
  const flush = () => {
    if (block && rendered(block))
      for (const { start, end } of splitUtterances(text))
        chunks.push({ text: text.slice(start, end), range: rangeOf(pieces, start, end), block });
    pieces = [];
    text = "";
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // The nearest mark owns the text: a marked label inside a marked line reads on its own.
    const owner = parent?.closest("[data-read]");
    if (!parent || !owner || !root.contains(owner) || parent.closest(UNREAD)) continue;
    if (owner !== block) {
      flush();
      block = owner;
    }
    const value = (node as Text).data;
    if (!value) continue;
    pieces.push({ node: node as Text, start: text.length });
    text += value;
  }
  flush();
  return chunks;
}

/** The Range over text[start, end) of a block made of several text nodes (glossary terms). */
function rangeOf(pieces: Piece[], start: number, end: number): Range {
  const range = pieces[0]!.node.ownerDocument.createRange();
  const [startNode, startOffset] = locate(pieces, start, false);
  const [endNode, endOffset] = locate(pieces, end, true);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The text node and offset of a position; an end position stays in the node it closes. */
function locate(pieces: Piece[], at: number, isEnd: boolean): [Text, number] {
  let found = pieces[0]!;
  for (const piece of pieces) {
    if (isEnd ? piece.start < at : piece.start <= at) found = piece;
    else break;
  }
  return [found.node, at - found.start];
}
