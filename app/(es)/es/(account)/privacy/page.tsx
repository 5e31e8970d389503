import { PrivacyPage } from "@/components/account/privacy-page";
import { accountMetadata } from "@/lib/services/account-pages.server";

export const metadata = accountMetadata("privacy", "es");

export default function Page() {
  return <PrivacyPage lang="es" />;
}
