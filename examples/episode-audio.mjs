// The examples' episode: four seconds of a quiet 440 Hz tone as a WAV (scripts/tone-wav.mjs),
// written where an app serves its static files (no media is committed).
//   node ../episode-audio.mjs public     (from an example's folder: writes public/episode.wav)
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {toneWav} from '../scripts/tone-wav.mjs';

export const episodeWav = () => toneWav(4);

if (process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(join(process.argv[2] ?? '.', 'episode.wav'), episodeWav());
