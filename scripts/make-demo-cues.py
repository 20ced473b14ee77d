#!/usr/bin/env python3
"""Makes the transcript (WebVTT) and chapters (Podcasting 2.0 JSON) of demo episode 1 from the
seed article: espeak-ng reads each sentence on its own to time it, and the times are scaled to
the episode's real length. Run once by hand (needs espeak-ng and ffprobe); commit the result.

    python3 scripts/make-demo-cues.py path/to/seed/page.txt   (the seed site's page as plain text)
"""
import json, re, subprocess, sys, tempfile, wave, os

if len(sys.argv) != 2:
    sys.exit('usage: python3 scripts/make-demo-cues.py path/to/seed/page.txt')
seed = sys.argv[1]
media = os.path.join(os.path.dirname(__file__), '..', 'demo', 'media')
lines = open(seed, encoding='utf-8').read().split('\n')
article = [l for l in lines[3:lines.index('Podcasts')] if l.strip()]
part1 = article[: (len(article) + 1) // 2]
total = float(subprocess.check_output(['ffprobe', '-v', 'error', '-show_entries', 'format=duration',
                                       '-of', 'csv=p=0', os.path.join(media, 'episode-1.ogg')]))
pieces = []  # (paragraph index, sentence, seconds)
with tempfile.TemporaryDirectory() as tmp:
    for p, paragraph in enumerate(part1):
        for sentence in re.split(r'(?<=[.!?”])\s+(?=[A-Z“])', paragraph):
            path = os.path.join(tmp, 's.wav')
            subprocess.run(['espeak-ng', '-v', 'en-us', '-s', '160', '-w', path, sentence], check=True)
            with wave.open(path) as w:
                pieces.append((p, sentence, w.getnframes() / w.getframerate()))
scale = total / sum(s for _, _, s in pieces)
stamp = lambda t: f'{int(t // 60):02d}:{t % 60:06.3f}'
cues, starts, at = ['WEBVTT', ''], {}, 0.0
for p, sentence, seconds in pieces:
    end = min(total, at + seconds * scale)
    speaker = 'Sergey Lavrov' if sentence.startswith('“') or 'Lavrov said' in sentence else 'Newsreader'
    cues += [f'{stamp(at)} --> {stamp(end)}', f'<v {speaker}>{sentence.replace("&", "&amp;").replace("<", "&lt;")}', '']
    starts.setdefault(p, round(at, 3))
    at = end
titles = ['The headline', 'Rasmussen in Bulgaria', 'An invitation to Moscow', 'Building trust',
          'Lavrov on earlier agreements', 'Lavrov: decisions taken alone']
chapters = [{'startTime': starts[p], 'title': titles[p] if p < len(titles) else f'Part {p + 1}'}
            for p in sorted(starts)]
open(os.path.join(media, 'episode-1.vtt'), 'w', encoding='utf-8').write('\n'.join(cues))
json.dump({'version': '1.2.0', 'chapters': chapters},
          open(os.path.join(media, 'episode-1.chapters.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(f'{len(pieces)} cues, {len(chapters)} chapters over {total:.1f} s')
