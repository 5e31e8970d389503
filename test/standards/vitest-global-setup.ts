// Vitest global setup: xmllint (Debian's libxml2-utils) for the tests that validate our
// exports against official XML Schemas, installed here once, before any test file runs, so
// no two files race for apt. The tests themselves decide what a missing xmllint means.
import { ensureDebianCommand } from "../support/debian-command";

export default function setup() {
  ensureDebianCommand("xmllint", "libxml2-utils");
}
