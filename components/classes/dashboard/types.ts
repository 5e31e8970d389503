import type { classDashboard } from "@/lib/classes/teacher-service";

/** What the dashboard shows: `classDashboard`'s result for the class owner. */
export type Dashboard = NonNullable<Awaited<ReturnType<typeof classDashboard>>>;

/** A class server action (class operations, student moderation), passed down from the page. */
export type ClassAction = (form: FormData) => Promise<void>;
