import { municipalityInfoPage } from "@/components/public/municipality-info-page";
import { PrivacyText } from "@/components/public/privacy-text";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

const page = municipalityInfoPage((m) => m.privacyPage.titleFor, PrivacyText);
export const generateMetadata = page.generateMetadata;
export default page.Page;
