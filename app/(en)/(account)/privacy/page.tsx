import { PrivacyPage } from "@/components/account/privacy-page";
import { accountMetadata } from "@/lib/services/account-pages.server";

export const metadata = accountMetadata("privacy", "en");

export default function Page() {
  return <PrivacyPage lang="en" />;
}
