import { briefingShareImage } from "@/components/briefing/briefing-share-image";
import { SHARE_CARD_SIZE } from "@/components/briefing/share-card";
import { editionParams } from "@/lib/services/briefing-pages.server";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "Título y fecha del resumen";

export const generateStaticParams = () => editionParams("es", "standard");

export default function Image({ params }: { params: Promise<{ slug: string }> }) {
  return briefingShareImage(params, "es");
}
