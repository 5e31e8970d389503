/** A time of day as the dashboard shows it: hours and minutes, in UTC (its columns say so). */
export const utcTime = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
