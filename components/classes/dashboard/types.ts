import type { loadDashboard } from "@/lib/classes/dashboard";

/** What the dashboard shows: `loadDashboard`'s result for the class owner. */
export type Dashboard = NonNullable<Awaited<ReturnType<typeof loadDashboard>>>;

/** The class server action (close, reopen, reveal, hide, delete), passed down from the page. */
export type ClassAction = (form: FormData) => Promise<void>;
