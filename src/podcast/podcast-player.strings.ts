import {translator} from '../shared/i18n.js';

/** The player's strings. `{t}` is a spoken duration, `{r}` a speed such as "1.25×". */
export const t = translator({
  play: 'Play',
  pause: 'Pause',
  back: 'Back {t}',
  forward: 'Forward {t}',
  mute: 'Mute',
  seek: 'Seek',
  of: '{a} of {b}',
  remaining: 'Time remaining',
  speed: 'Speed {r}',
  download: 'Download',
  error: 'Couldn’t load this episode.',
  noSrc: 'No audio to play.',
  retry: 'Retry',
});
