import { MePage, type MeQuery } from "@/components/account/me-page";
import { accountMetadata } from "@/lib/services/account-pages.server";
// The English page's action: its form says its language, and the action returns here.
import { deleteMyDataAction } from "@/app/(en)/(account)/me/actions";

export const metadata = accountMetadata("me", "es");

export default function Page({ searchParams }: { searchParams: Promise<MeQuery> }) {
  return <MePage lang="es" searchParams={searchParams} action={deleteMyDataAction} />;
}
