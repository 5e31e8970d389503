import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/briefing/share-card";
import { SITE_NAME } from "@/lib/links/site";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = SITE_NAME;

export default function Image() {
  return new ImageResponse(
    <ShareCard
      kicker={SITE_NAME}
      title="News briefings where every claim links to its source"
      footer="Read in minutes · test what you understood"
    />,
    size,
  );
}
