/** Why a file could not be used: unreachable (offline, or CORS), not there, or not readable. */
export type LoadFailure = 'blocked' | 'missing' | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly status = 0,
  ) {
    super(`${failure}${status ? ` (HTTP ${status})` : ''}`);
  }
}

/**
 * Fetches `url` as text. A network error, and a cross-origin file whose server does not allow
 * this page to read it (CORS), both reject with `blocked`: the browser does not tell them apart.
 */
export async function loadText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {signal});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LoadError('blocked');
  }
  if (!response.ok) throw new LoadError('missing', response.status);
  return response.text();
}

/** Fetches and parses `url`; a parse failure rejects with `invalid`. */
export async function loadParsed<T>(
  url: string,
  parse: (text: string) => T,
  signal?: AbortSignal,
): Promise<T> {
  const text = await loadText(url, signal);
  try {
    return parse(text);
  } catch {
    throw new LoadError('invalid');
  }
}
