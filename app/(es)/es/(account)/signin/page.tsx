import { SignInPage, type SignInQuery } from "@/components/account/sign-in-page";
import { accountMetadata } from "@/lib/services/account-pages.server";
// The English page's actions: each form says its language, and they answer in it.
import { continueAs, signInWithProvider, signOutAction } from "@/app/(en)/(account)/signin/actions";

export const metadata = accountMetadata("signIn", "es");

export default function Page({ searchParams }: { searchParams: Promise<SignInQuery> }) {
  return (
    <SignInPage
      lang="es"
      searchParams={searchParams}
      actions={{ continueAs, signInWithProvider, signOutAction }}
    />
  );
}
