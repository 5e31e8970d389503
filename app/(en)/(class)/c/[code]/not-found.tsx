import Link from "next/link";
import { Notice } from "@/components/classes/class-notice";
import { routes } from "@/lib/links/routes";

/** Unknown, deleted, closed, or not taking students: one friendly page, with a 404. */
export default function ClassNotFound() {
  return (
    <Notice title="We can’t find that class">
      There is no class to join at this link. The code may be mistyped, or the class may be closed,
      deleted or no longer taking new students. Check the link or the code with your teacher. You
      can still{" "}
      <Link href={routes.home()} className="text-accent-ink underline underline-offset-2">
        read the briefings
      </Link>
      .
    </Notice>
  );
}
