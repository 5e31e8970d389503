// What is limited and how much. Per-IP limits are generous because a school is one IP (its
// NAT) for hundreds of students; the per-person limits are the tight ones. Writes fail
// closed when the limiter's store cannot answer (nothing is written anyway); reads fail
// open (a slow store must not lock readers out).

const MINUTE = 60_000;

export type RateRule = {
  name: string;
  limit: number;
  windowMs: number;
  /** When the store cannot answer: refuse (writes) or let through (reads). */
  onStoreError: "refuse" | "allow";
  /** The start of the message a refused request shows; the wait is added to it. */
  message: string;
};

export const RULES = {
  submitPerSubject: {
    name: "submit-subject",
    limit: 30,
    windowMs: 10 * MINUTE,
    onStoreError: "refuse",
    message: "That is a lot of submissions in a few minutes.",
  },
  submitPerIp: {
    name: "submit-ip",
    limit: 1000,
    windowMs: 10 * MINUTE,
    onStoreError: "refuse",
    message: "Too many submissions from this network right now.",
  },
  createClassPerTeacher: {
    name: "create-class",
    limit: 20,
    windowMs: 60 * MINUTE,
    onStoreError: "refuse",
    message: "You have made many classes in the last hour.",
  },
  /** Quiz files carry the answer keys: a teacher gets plenty, a scraper with a session does not. */
  exportPerTeacher: {
    name: "export-quiz",
    limit: 60,
    windowMs: 10 * MINUTE,
    onStoreError: "refuse",
    message: "You have downloaded many quiz files in the last few minutes.",
  },
  joinPerClassAndIp: {
    name: "join",
    limit: 400,
    windowMs: 10 * MINUTE,
    onStoreError: "refuse",
    message: "Too many joins to this class from this network right now.",
  },
  signInPerIp: {
    name: "sign-in",
    limit: 100,
    windowMs: 10 * MINUTE,
    onStoreError: "refuse",
    message: "Too many sign-in attempts from this network.",
  },
  /** Guessing class codes: only lookups of codes that do not exist count. */
  unknownClassPerIp: {
    name: "unknown-class",
    limit: 50,
    windowMs: 10 * MINUTE,
    onStoreError: "allow",
    message: "Too many class links that do not exist were tried from this network.",
  },
} as const satisfies Record<string, RateRule>;
