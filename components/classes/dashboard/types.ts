import type { TeacherService } from "@/lib/classes/teacher.server";

/** What the dashboard shows: `classDashboard`'s result for the class owner. */
export type Dashboard = NonNullable<Awaited<ReturnType<TeacherService["classDashboard"]>>>;

/** A class server action (class operations, student moderation), passed down from the page. */
export type ClassAction = (form: FormData) => Promise<void>;
