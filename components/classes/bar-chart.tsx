/**
 * A horizontal bar chart as plain SVG, rendered on the server: no chart library, no client
 * JS. `values` are 0–`max`; the numbers are also written beside each bar (and the page
 * carries them in a table), so the chart never holds information alone.
 */
export function BarChart({
  title,
  rows,
  max,
  unit = "",
}: {
  title: string;
  rows: { label: string; value: number }[];
  max: number;
  unit?: string;
}) {
  const rowHeight = 22;
  const labelWidth = 56;
  const width = 320;
  const barSpace = width - labelWidth - 48;
  const height = rows.length * rowHeight + 4;
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full max-w-xl text-ink"
    >
      {rows.map((row, i) => {
        const y = i * rowHeight + 2;
        const w = max > 0 ? Math.max(0, (row.value / max) * barSpace) : 0;
        return (
          <g key={row.label}>
            <text x={labelWidth - 6} y={y + 14} textAnchor="end" fontSize="11" fill="currentColor">
              {row.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={barSpace}
              height={14}
              rx={2}
              className="fill-rule"
            />
            <rect x={labelWidth} y={y + 3} width={w} height={14} rx={2} className="fill-accent" />
            <text x={labelWidth + barSpace + 6} y={y + 14} fontSize="11" fill="currentColor">
              {row.value}
              {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
