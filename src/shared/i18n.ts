import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The languages every string table covers. Other languages fall back to English. */
export const languages = ['en', 'ru', 'es', 'fr', 'de', 'ar'] as const;
export type Language = (typeof languages)[number];

/** A string table: keys to text, with `{name}` placeholders. */
export type Strings = Readonly<Record<string, string>>;

const overrides = new Map<string, Record<string, string>>();
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** `ru-RU` → `['ru-ru', 'ru', 'en']`: the tables to try, most specific first. */
function candidates(lang: string): string[] {
  const tag = lang.trim().toLowerCase();
  const out = tag ? [tag] : [];
  const base = tag.split(/[-_]/)[0];
  if (base && base !== tag) out.push(base);
  if (!out.includes('en')) out.push('en');
  return out;
}

/**
 * Replaces any built-in string, for one language (`'en'`, `'ru'`, `'pt-BR'` …). Elements on the
 * page re-render in it. Keys are listed in the README.
 */
export function setStrings(lang: string, strings: Strings): void {
  const key = lang.trim().toLowerCase();
  overrides.set(key, {...overrides.get(key), ...strings});
  for (const controller of controllers) controller.refresh(true);
}

/** Builds a lookup over one capability's tables (English is complete; others may be partial). */
export function translator<T extends Strings>(tables: {en: T} & {[lang: string]: Partial<T>}) {
  return (
    lang: string,
    key: keyof T & string,
    values: Record<string, string | number> = {},
  ): string => {
    let text: string | undefined;
    for (const tag of candidates(lang)) {
      text = overrides.get(tag)?.[key] ?? tables[tag]?.[key];
      if (text !== undefined) break;
    }
    return (text ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** The language of `node`: its own `lang`, else the closest ancestor's (across shadow roots), else the document's. */
export function resolveLang(node: Element): string {
  let at: Element | null = node;
  while (at) {
    const lang = at.getAttribute('lang');
    if (lang) return lang;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || 'en';
}

/** The direction of `node`, resolved as the browser does: own `dir`, else the ancestors', else the document's. */
export const resolveDir = (node: Element): 'ltr' | 'rtl' =>
  node.matches(':dir(rtl)') ? 'rtl' : 'ltr';

function watchDocument(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Keeps an element's language and direction current: resolved when it connects, and again
 * whenever a `lang` or `dir` attribute changes anywhere in the document, or strings are overridden.
 */
export class LocaleController implements ReactiveController {
  /** The resolved language tag, e.g. `ru` or `ar-EG`. */
  lang = 'en';
  /** The resolved direction. */
  dir: 'ltr' | 'rtl' = 'ltr';

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-resolves language and direction; re-renders the host if either changed (or `force`). */
  refresh(force = false): void {
    const lang = resolveLang(this.host);
    const dir = resolveDir(this.host);
    if (force || lang !== this.lang || dir !== this.dir) {
      this.lang = lang;
      this.dir = dir;
      this.host.requestUpdate();
    }
  }
}
