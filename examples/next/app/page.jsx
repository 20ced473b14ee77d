// A server component: the page is rendered on the server, the story inside it too (Story is a
// client component, which Next.js renders on the server and hydrates in the browser).
import Link from 'next/link';
import Story from './story.jsx';

export default function Page() {
  return (
    <main>
      <Story
        id="tides-2026"
        headline="Tides rise over the northern flats"
        body="Twice a day the sea comes in over the flats, and the village moves its boats uphill."
      />
      <p>
        <Link href="/ru">По-русски</Link>
      </p>
    </main>
  );
}
