import { SignInPage, type SignInQuery } from "@/components/account/sign-in-page";
import { accountMetadata } from "@/lib/services/account-pages.server";
import { continueAs, signInWithProvider, signOutAction } from "./actions";

export const metadata = accountMetadata("signIn", "en");

export default function Page({ searchParams }: { searchParams: Promise<SignInQuery> }) {
  return (
    <SignInPage
      lang="en"
      searchParams={searchParams}
      actions={{ continueAs, signInWithProvider, signOutAction }}
    />
  );
}
