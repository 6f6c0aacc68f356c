import { municipalityInfoPage } from "@/components/public/municipality-info-page";
import { AccessibilityStatement } from "@/components/public/accessibility-statement";

// Served from Next's cache like every public page; the administration's saves expire it.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

const page = municipalityInfoPage((m) => m.accessibility.title, AccessibilityStatement);
export const generateMetadata = page.generateMetadata;
export default page.Page;
