import type {PlayerHost} from '../player-host.js';
import {parseTime} from '../time.js';
import type {Episodes} from './episodes.js';

/**
 * Links to a moment of an episode: `#t=90`, with `&player=<id>` to name the player and, in a
 * feed, `&episode=3`. Makes them (to share the moment playing), and follows them: a link that
 * names this player cues it there and brings it into view, when the page opens and when such a
 * link on the page is followed.
 */
export class MomentLinks {
  constructor(
    private readonly host: PlayerHost,
    private readonly episodes: Episodes,
  ) {}

  /** The page's URL at the second playing, naming the player (if it has an id) and the episode. */
  get url(): string {
    const host = this.host;
    const url = new URL(location.href);
    const id = host.id;
    const index = this.episodes.index;
    const episode = this.episodes.feed && index > 0 ? `&episode=${index + 1}` : '';
    url.hash = `t=${Math.floor(host.currentTime)}${id ? `&player=${encodeURIComponent(id)}` : ''}${episode}`;
    return url.href;
  }

  /** Follows the page's link, if it names this player and a moment. */
  follow = async (): Promise<void> => {
    const hash = location.hash;
    const at = parseTime(/[#&]t=([\d.:]+)/.exec(hash)?.[1]);
    if (!(at >= 0)) return;
    let id: string | undefined;
    try {
      id = decodeURIComponent(/[#&]player=([^&]*)/.exec(hash)?.[1] ?? '');
    } catch {
      return;
    }
    const host = this.host;
    const target = id ? document.getElementById(id) : document.querySelector('podcast-player');
    if (target !== host) return;
    const episodes = this.episodes;
    const episode = Number(/[#&]episode=(\d+)/.exec(hash)?.[1]) - 1;
    if (episode >= 0 && episode !== episodes.index && episodes.feed?.episodes[episode]) {
      episodes.select(episode);
      await host.updateComplete;
    }
    host.seek(at);
    host.scrollIntoView({block: 'center'});
  };
}
