import { municipalityInfoPage } from "@/components/public/municipality-info-page";
import { ContactInfo } from "@/components/public/contact-info";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

const page = municipalityInfoPage((m) => m.contactPage.titleFor, ContactInfo);
export const generateMetadata = page.generateMetadata;
export default page.Page;
