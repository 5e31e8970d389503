import { readOwnToken, signOwnToken } from "./own-token";

// A teacher choosing a briefing in the Deep Linking picker: what the platform's request said
// (where to send the answer, its opaque data, which registration and deployment), carried in
// the picker's form as a token we sign, so the picker needs no cookie inside the LMS's frame.

const PURPOSE = "lti-picker";

export type PickerSession = {
  issuer: string;
  clientId: string;
  deploymentId: string;
  returnUrl: string;
  data?: string;
};

export const signPickerSession = (session: PickerSession, secret: string, now: number) =>
  signOwnToken({ session }, PURPOSE, { secret, now, ttlSeconds: 30 * 60 });

/** The session if we signed it and it is unexpired (half an hour to choose). */
export async function readPickerSession(token: string, secret: string, now: number) {
  return (await readOwnToken(token, PURPOSE, secret, now))?.session as PickerSession | undefined;
}
