// The framework floor: an empty App Router page, built and served exactly like the app
// (same next, react and build settings). `npm run bench` measures it beside our routes.
export const metadata = { title: "Floor" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
