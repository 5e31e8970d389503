import type { classDashboard } from "@/lib/classes/teacher-service";

/** What the dashboard shows: `classDashboard`'s result for the class owner. */
export type Dashboard = NonNullable<Awaited<ReturnType<typeof classDashboard>>>;

/** The class server action (close, reopen, reveal, hide, delete), passed down from the page. */
export type ClassAction = (form: FormData) => Promise<void>;
