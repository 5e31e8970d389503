import { MePage, type MeQuery } from "@/components/account/me-page";
import { accountMetadata } from "@/lib/services/account-pages.server";
import { deleteMyDataAction } from "./actions";

export const metadata = accountMetadata("me", "en");

export default function Page({ searchParams }: { searchParams: Promise<MeQuery> }) {
  return <MePage lang="en" searchParams={searchParams} action={deleteMyDataAction} />;
}
