/** What a key press inside the player asks for. */
export type Shortcut = 'toggle' | 'back' | 'forward' | 'mute' | 'slower' | 'faster';

/**
 * The player's shortcut for a key press, if any: Space or K, J or ←, L or →, M, Shift+< and
 * Shift+>. Latin letters go by the letter typed (M is M on AZERTY too); in other scripts (a
 * Russian layout) by the key's place on the keyboard, as US English has it. Space is left to a focused button or
 * link, which it activates.
 */
export function shortcut(event: KeyboardEvent): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return undefined;
  const key = /^[a-z]$/i.test(event.key)
    ? `Key${event.key.toUpperCase()}`
    : /^\p{L}$/u.test(event.key) || event.code === 'Space'
      ? event.code
      : event.key;
  if (key === 'Space' && /^(button|a)$/.test((event.composedPath()[0] as Element).localName)) {
    return undefined;
  }
  return (
    {
      Space: 'toggle',
      KeyK: 'toggle',
      KeyJ: 'back',
      ArrowLeft: 'back',
      KeyL: 'forward',
      ArrowRight: 'forward',
      KeyM: 'mute',
      '<': 'slower',
      '>': 'faster',
      // Where < and > sit on a layout that has letters there (Russian: Shift+Б, Shift+Ю).
      ...(event.shiftKey && {Comma: 'slower', Period: 'faster'}),
    } as Record<string, Shortcut>
  )[key];
}

/**
 * Where a key on the seek slider moves to (the WAI-ARIA slider pattern): arrows 5 s, Page Up and
 * Page Down 60 s, Home and End. The timeline runs left to right in every language.
 */
export function sliderTarget(key: string, time: number, duration: number): number | undefined {
  if (key === 'Home') return 0;
  if (key === 'End') return duration >= 0 ? duration : undefined;
  const step = {ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -60, PageUp: 60}[
    key
  ];
  return step === undefined ? undefined : time + step;
}
