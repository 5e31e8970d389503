/**
 * How two nicknames compare in a class: case, accents' case and spacing do not make a new one.
 * Normalised again after lower-casing: "H" + a combining line below has no precomposed
 * capital, but its lower case "ẖ" does, so case folding can leave a decomposed form behind.
 */
export function nicknameKey(nickname: string): string {
  return nickname
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("en")
    .normalize("NFC")
    .replace(/\s+/g, " ");
}

/** The nickname with its visible suffix: "Sam", then "Sam (2)", "Sam (3)"… */
export function withSuffix(nickname: string, n: number): string {
  return n === 1 ? nickname : `${nickname} (${n})`;
}
