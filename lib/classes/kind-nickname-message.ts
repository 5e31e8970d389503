/** What a student or teacher is told when a nickname is refused: kind, and no word repeated. */
export const UNKIND_NICKNAME = "Please choose another nickname: one that is kind to everyone.";
