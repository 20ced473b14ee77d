'use client';
// Per-element entries come in English: the locale module adds Russian (the chapters button's
// strings load with the chapters code, in Russian too).
import 'newsroom-elements/locales/ru.js';
import {PodcastPlayer} from 'newsroom-elements/react';

export default function RussianPlayer() {
  return (
    <PodcastPlayer
      src="/episode.wav"
      title="Выпуск 12"
      duration="27:33"
      chapters="/episode.chapters.json"
    />
  );
}
