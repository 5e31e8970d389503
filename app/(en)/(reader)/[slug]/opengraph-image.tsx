import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/briefing/share-card";
import { formatDate } from "@/lib/content/format-date";
import { briefingParams, loadBriefing } from "@/lib/content/load-briefings.server";
import { SITE_NAME } from "@/lib/links/site";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "Briefing title and date";

export const generateStaticParams = briefingParams;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const briefing = loadBriefing((await params).slug)!;
  return new ImageResponse(
    <ShareCard
      kicker={`Briefing · as of ${formatDate(briefing.source.date)}`}
      title={briefing.title}
      footer={`${SITE_NAME} · every claim linked to its source`}
    />,
    size,
  );
}
