/**
 * The Open Graph / Twitter card, drawn by next/og at build time (its bundled font, no network).
 * Plain inline styles: next/og renders a subset of CSS, not Tailwind.
 */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

export function ShareCard({
  kicker,
  title,
  footer,
}: {
  kicker: string;
  title: string;
  footer: string;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#fbfaf7",
        color: "#1b1b1f",
        borderTop: "24px solid #b3261e",
      }}
    >
      <div style={{ fontSize: 32, color: "#8c1d18", textTransform: "uppercase", letterSpacing: 2 }}>
        {kicker}
      </div>
      <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ fontSize: 30, color: "#55555e" }}>{footer}</div>
    </div>
  );
}
