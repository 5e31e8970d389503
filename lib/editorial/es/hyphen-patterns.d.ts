// The Spanish TeX hyphenation patterns (hyph-es) as the `hyphen` package ships them: the levels
// table, then the pattern trie (a node is a child map, a levels index, or both).
declare module "hyphen/patterns/es.js" {
  type Node = { [letter: string]: Node | number | [Node, number] };
  const patterns: [number[][], Node, Record<string, unknown>];
  export default patterns;
}
