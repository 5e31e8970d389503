/** How two nicknames compare in a class: case, accents' case and spacing do not make a new one. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize("NFC").trim().toLocaleLowerCase("en").replace(/\s+/g, " ");
}

/** The nickname with its visible suffix: "Sam", then "Sam (2)", "Sam (3)"… */
export function withSuffix(nickname: string, n: number): string {
  return n === 1 ? nickname : `${nickname} (${n})`;
}
