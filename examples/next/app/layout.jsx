export const metadata = {title: 'newsroom-elements with Next.js', icons: 'data:,'};

export default function RootLayout({children}) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
