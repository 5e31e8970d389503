// The Schematron rules embedded in an XML Schema, run (xmllint runs only the XSD part). Each
// rule's context is found anywhere in the document, and each assert's test evaluated there
// as an XPath 1.0 boolean, with the prefixes the schema declares. As Schematron has it,
// within a pattern a node is checked by the first rule whose context matches it.
// XPath by the `xpath` package over @xmldom/xmldom: jsdom's XPath does not find elements in
// a namespace, which every rule here names.
import { DOMParser, type Document, type Node } from "@xmldom/xmldom";
import * as xpath from "xpath";

type Assert = { test: string; message: string };
type Rule = { context: string; asserts: Assert[] };
type Pattern = { name: string; rules: Rule[] };

const SCH = "http://purl.oclc.org/dsdl/schematron";

const words = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/** Throws on XML that is not well-formed (xmldom's default is to carry on). */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`not well-formed XML: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
}

export function schematronOf(xsd: string) {
  const schema = parseXml(xsd);
  const prefixes = new Map(
    Array.from(schema.getElementsByTagNameNS(SCH, "ns")).map((ns) => [
      ns.getAttribute("prefix")!,
      ns.getAttribute("uri")!,
    ]),
  );
  const patterns: Pattern[] = Array.from(schema.getElementsByTagNameNS(SCH, "pattern")).map(
    (p) => ({
      name: p.getAttribute("name") ?? "",
      rules: Array.from(p.getElementsByTagNameNS(SCH, "rule")).map((r) => ({
        context: r.getAttribute("context")!,
        asserts: Array.from(r.getElementsByTagNameNS(SCH, "assert")).map((a) => ({
          test: a.getAttribute("test")!,
          message: words(a.textContent),
        })),
      })),
    }),
  );
  const namespaced = xpath.useNamespaces(Object.fromEntries(prefixes));
  // The `xpath` package types its nodes as the browser's DOM; xmldom's are what it walks.
  const select = (expression: string, node: Node) =>
    namespaced(expression, node as unknown as globalThis.Node) as unknown;

  return {
    patterns,
    /** Every failed assert's message, with `rewrite` applied to each context and test first. */
    failures(xml: string, rewrite: (xpath: string) => string = (x) => x): string[] {
      const doc = parseXml(xml);
      const failed: string[] = [];
      for (const pattern of patterns) {
        const checked = new Set<Node>();
        for (const rule of pattern.rules) {
          const found = select(`//${rewrite(rule.context)}`, doc) as Node[];
          for (const node of found) {
            if (checked.has(node)) continue;
            checked.add(node);
            for (const assert of rule.asserts) {
              const holds = select(`boolean(${rewrite(assert.test)})`, node) === true;
              if (!holds) failed.push(assert.message);
            }
          }
        }
      }
      return failed;
    },
  };
}
