import { ClassNotFound } from "@/components/classes/class-notice";

export default function NotFound() {
  return <ClassNotFound lang="en" />;
}
