// What a failed LTI launch says, in plain words, with what the person can do. Each failure
// the login, the launch checks and the landing name (lib/lti) has its sentence; an unknown
// name gets the general one, so the page never shows a code.

const OPEN_AGAIN = "Open the activity again from your course.";
const ASK_ADMIN = "Ask whoever runs your school's learning platform to check the tool's settings.";

const WORDS: Record<string, string> = {
  "login-params": `The learning platform's request was incomplete. ${OPEN_AGAIN}`,
  "unknown-platform": `This learning platform is not registered with Briefing & Quiz. ${ASK_ADMIN}`,
  deployment: `This installation of the tool is not registered with Briefing & Quiz. ${ASK_ADMIN}`,
  target: `The learning platform asked for a page that is not on this site. ${ASK_ADMIN}`,
  state: `This launch did not come from the login this browser started (it may have taken more than ten minutes, or come from another browser). ${OPEN_AGAIN}`,
  unreadable: `The learning platform's answer could not be read. ${OPEN_AGAIN}`,
  "unknown-key": `The learning platform signed the launch with a key it does not publish. ${ASK_ADMIN}`,
  signature: `The launch's signature is not the learning platform's. ${OPEN_AGAIN}`,
  issuer: `The launch names another learning platform than the one that started it. ${OPEN_AGAIN}`,
  audience: `The launch was meant for another tool. ${ASK_ADMIN}`,
  expired: `The launch took too long and has expired. ${OPEN_AGAIN}`,
  "issued-in-future": `The launch's time is ahead of ours: the learning platform's clock may be wrong. ${ASK_ADMIN}`,
  nonce: `The launch does not answer the login this browser started. ${OPEN_AGAIN}`,
  replayed: `This launch was already used. ${OPEN_AGAIN}`,
  "message-type": `The learning platform asked for something this tool does not do. ${ASK_ADMIN}`,
  version: `The learning platform speaks a version of LTI other than 1.3. ${ASK_ADMIN}`,
  claims: `The launch is missing something the tool needs (who you are, or which activity). ${ASK_ADMIN}`,
  "picker-role": "Only a course's teachers can add Briefing & Quiz activities.",
  "picker-types": `This learning platform does not accept the kind of link Briefing & Quiz adds. ${ASK_ADMIN}`,
  "picker-session":
    "This choice took more than half an hour or was not started here. Add the activity again from your course.",
  "picker-choice": "That briefing is not one we offer. Go back and choose again.",
  "no-briefing": `This activity does not name a briefing of ours. Your teacher can add it again and choose one.`,
  removed:
    "Your teacher removed you from this activity's class. Ask them if you think it is a mistake.",
  closed: "This activity's class is closed to new students. Ask your teacher.",
  "registration-start":
    "The learning platform did not say where its configuration is. Start the registration again from the platform.",
  "registration-configuration":
    "The learning platform's configuration could not be read. Check the platform is reachable from this site, and start again.",
  "registration-issuer":
    "The learning platform's configuration names a platform on another address, so it was not trusted. Nothing was registered.",
  "registration-refused":
    "The learning platform refused the registration (the registration link may have expired). Start again from the platform.",
  "registration-answer":
    "The learning platform's answer did not give the client and deployment ids the tool needs. Register the tool by hand instead (README, LTI).",
  ticket: `This link works once, for two minutes, and has been used or has expired. ${OPEN_AGAIN}`,
};

export const GENERAL_FAILURE = `The launch from your learning platform did not work. ${OPEN_AGAIN}`;

export const failureWords = (why: string | undefined) =>
  (why !== undefined && Object.hasOwn(WORDS, why) ? WORDS[why] : undefined) ?? GENERAL_FAILURE;
