/**
 * The largest body a server action accepts (Next's `serverActions.bodySizeLimit`, default
 * 1 MB). The largest legitimate one is a whole quiz with every option of every question
 * chosen, with the previous state echoed back: 6.8 KB for the first quiz, measured by body-limit.test.ts, which fails when a quiz
 * needs more than half of this. Anything bigger is refused before it is parsed.
 */
export const ACTION_BODY_LIMIT_KB = 16;
