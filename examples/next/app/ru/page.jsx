import RussianPlayer from './player.jsx';

export const metadata = {title: 'newsroom-elements: по-русски'};

export default function Page() {
  return (
    <main lang="ru">
      <RussianPlayer />
    </main>
  );
}
