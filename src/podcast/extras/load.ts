/**
 * Why a file could not be used: unreachable (offline, or CORS), not there, not readable, larger
 * than the player reads, or its server did not answer in time (sent nothing for 15 s).
 */
export type LoadFailure = 'blocked' | 'missing' | 'invalid' | 'tooLarge' | 'timeout';

export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly status = 0,
  ) {
    super(`${failure}${status ? ` (HTTP ${status})` : ''}`);
  }
}

/** The most a feed, chapters or transcript file may be, as the browser hands it over (decompressed). */
export const MAX_BYTES = 16_000_000;
/** How long a server may send nothing before the load is given up (ms). */
export const IDLE_MS = 15_000;

/**
 * The text of `bytes`: by its byte-order mark (UTF-8, UTF-16), else the charset the server named,
 * else an XML declaration's `encoding` (old feeds are often ISO-8859-1 or windows-1251), else UTF-8.
 */
export function decode(bytes: Uint8Array, contentType = ''): string {
  const [a, b, c] = bytes;
  const bom =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xff && b === 0xfe
        ? 'utf-16le'
        : a === 0xfe && b === 0xff
          ? 'utf-16be'
          : undefined;
  const head = bom ? '' : new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const label =
    bom ??
    /charset="?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes); // a label the browser does not know
  }
}

/**
 * Fetches `url` as text, reading at most `MAX_BYTES` and giving up when the server sends nothing
 * for `IDLE_MS`. A network error, and a cross-origin file whose server does not allow this page
 * to read it (CORS), both reject with `blocked`: the browser does not tell them apart.
 */
export async function loadText(url: string, signal?: AbortSignal): Promise<string> {
  const stop = new AbortController();
  const abort = () => stop.abort();
  signal?.addEventListener('abort', abort);
  let idle = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => ((idle = true), stop.abort()), IDLE_MS);
  };
  const failed = (failure: LoadFailure, status?: number) => {
    if (signal?.aborted) throw signal.reason;
    throw new LoadError(idle ? 'timeout' : failure, status);
  };
  try {
    wait();
    const response = await fetch(url, {signal: stop.signal}).catch(() => failed('blocked'));
    if (!response.ok) failed('missing', response.status);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_BYTES) failed('tooLarge');
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body!.getReader();
    for (;;) {
      wait();
      const {done, value} = await reader.read().catch(() => failed('blocked'));
      if (done) break;
      size += value.length;
      if (size > MAX_BYTES) {
        void reader.cancel();
        failed('tooLarge');
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
    return decode(bytes, response.headers.get('content-type') ?? '');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Fetches and parses `url`; a parse failure rejects with `invalid`. */
export async function loadParsed<T>(
  url: string,
  parse: (text: string) => T | Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const text = await loadText(url, signal);
  try {
    return await parse(text);
  } catch {
    throw new LoadError('invalid');
  }
}
