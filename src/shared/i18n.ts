import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The languages translated in `src/locales/` (English is built into each element). Importing
 * `locales/ru.js` etc. adds one; the all-in-one entry adds them all. Others fall back to English.
 */
export const languages = ['en', 'ru', 'es', 'fr', 'de', 'ar'] as const;
export type Language = (typeof languages)[number];

/** A string table: keys to text, with `{name}` placeholders. */
export type Strings = Readonly<Record<string, string>>;

/** Translations added by the locale modules, then the site's own overrides, by language. */
const translations = new Map<string, Record<string, string>>();
const overrides = new Map<string, Record<string, string>>();
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
/** Told of each language an element speaks (see `setLanguageListener`). */
let spoken: (lang: string) => unknown = () => 0;

/**
 * Sets the one listener told of each language an element speaks: those of the elements already
 * on the page at once, then each an element starts to speak. How the one-file bundle loads a
 * translation when its language is first used (src/locales/on-demand.ts).
 */
export const setLanguageListener = (listener: (lang: string) => unknown): void => {
  spoken = listener;
  for (const controller of controllers) listener(controller.lang);
};

/**
 * `ru-RU` → `['ru-ru', 'ru', 'en']`: the tables to try, most specific first. A table tried twice
 * (`en` → `['en', 'en', 'en']`) or an empty tag finds what it found before, or nothing.
 */
function candidates(lang: string): string[] {
  const tag = lang.trim().toLowerCase();
  return [tag, tag.split(/[-_]/)[0]!, 'en'];
}

function merge(into: Map<string, Record<string, string>>, lang: string, strings: Strings): void {
  const key = lang.trim().toLowerCase();
  into.set(key, {...into.get(key), ...strings});
  for (const controller of controllers) controller.refresh(true);
}

/**
 * Replaces any string, for one language (`'en'`, `'ru'`, `'pt-BR'` …): elements on the page
 * re-render in it. The keys are in each element's `<name>.strings.ts` (docs/languages.md).
 */
export const setStrings = (lang: string, strings: Strings): void => merge(overrides, lang, strings);

/** Adds a language's translation (what each `src/locales/*.ts` module does). */
export const addTranslation = (lang: string, strings: Strings): void =>
  merge(translations, lang, strings);

/** Whether a translation into `lang` (`ru`, `pt-BR` …) has been added to the page. */
export const isTranslated = (lang: string): boolean => translations.has(lang.trim().toLowerCase());

/** Builds the lookup for one element's strings, given in English. */
export function translator<T extends Strings>(english: T) {
  return (
    lang: string,
    key: keyof T & string,
    values: Record<string, string | number> = {},
  ): string => {
    let text: string | undefined;
    for (const tag of candidates(lang)) {
      text =
        overrides.get(tag)?.[key] ?? (tag === 'en' ? english[key] : translations.get(tag)?.[key]);
      if (text !== undefined) break;
    }
    return (text ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/**
 * The language of `node`: its own `lang`, else the closest ancestor's (across shadow roots), else
 * the document's; `en` when none is set or the one set is not a valid language tag (so every
 * `Intl` call can trust it).
 */
export function resolveLang(node: Element): string {
  let at: Element | null = node;
  let lang: string | null = null;
  while (at && !lang) {
    lang = at.getAttribute('lang');
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  try {
    return Intl.getCanonicalLocales(lang || document.documentElement.lang || 'en')[0]!;
  } catch {
    return 'en';
  }
}

function watchDocument(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Keeps an element's language current: resolved when it connects, and again whenever a `lang`
 * attribute changes anywhere in the document, or strings are added or overridden. (Direction
 * needs no script: the elements' CSS follows `dir` through `:dir()`.)
 */
export class LocaleController implements ReactiveController {
  /** The resolved language tag, e.g. `ru` or `ar-EG`. */
  lang = 'en';

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

  /** Re-resolves the language; re-renders the host if it changed (or `force`). */
  refresh(force = false): void {
    const lang = resolveLang(this.host);
    if (force || lang !== this.lang) {
      spoken((this.lang = lang));
      this.host.requestUpdate();
    }
  }
}
