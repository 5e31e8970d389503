import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/briefing/share-card";
import { formatDate } from "@/lib/content/format-date";
import { loadEdition } from "@/lib/content/load-edition.server";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { SITE_NAME } from "@/lib/links/site";

/** A briefing's share card (its title and date) in the page's language. */
export async function briefingShareImage(params: Promise<{ slug: string }>, lang: Lang) {
  const briefing = loadEdition((await params).slug, lang)!;
  const { briefing: t, locale } = dictionary(lang);
  return new ImageResponse(
    <ShareCard
      kicker={`${t.asOf} ${formatDate(briefing.source.date, locale)}`}
      title={briefing.title}
      footer={`${SITE_NAME} · ${t.shareFooter}`}
    />,
    SHARE_CARD_SIZE,
  );
}
