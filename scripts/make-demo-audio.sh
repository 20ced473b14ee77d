#!/bin/sh
# Makes the two demo episodes in demo/media/ from the seed article's text: espeak-ng reads it,
# ffmpeg encodes it as mono Opus in Ogg at 16 kbit/s. Needs espeak-ng and ffmpeg (Debian packages);
# run once by hand and commit the result: neither the build nor the tests need it.
#
#   sh scripts/make-demo-audio.sh path/to/seed/page.txt   (the seed site's page as plain text)
set -eu
seed=${1:?usage: sh scripts/make-demo-audio.sh path/to/seed/page.txt}
out=$(dirname "$0")/../demo/media
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The article: from the headline (line 4) to the paragraph before "Podcasts".
sed -n '4,/^Podcasts$/p' "$seed" | sed '$d' | grep -v '^$' > "$tmp/article.txt"
total=$(wc -l < "$tmp/article.txt")
half=$(( (total + 1) / 2 ))
head -n "$half" "$tmp/article.txt" > "$tmp/episode-1.txt"
tail -n +"$((half + 1))" "$tmp/article.txt" > "$tmp/episode-2.txt"

for n in 1 2; do
  espeak-ng -v en-us -s 160 -f "$tmp/episode-$n.txt" -w "$tmp/episode-$n.wav"
  ffmpeg -hide_banner -loglevel error -y -i "$tmp/episode-$n.wav" \
    -ac 1 -ar 24000 -c:a libopus -b:a 16k -application voip \
    -metadata title="Moscow waiting for NATO's moves, part $n" -metadata artist="newsroom-elements demo" \
    "$out/episode-$n.ogg"
done
ls -l "$out"/*.ogg
