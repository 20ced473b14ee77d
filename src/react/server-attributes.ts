import * as React from 'react';
import type {ForwardRefExoticComponent} from 'react';
import type {ReactiveElement} from 'lit';

type ElementClass = abstract new () => HTMLElement;

/**
 * Each reactive property's attribute name (`articleId` → `article-id`), where it has one; none
 * for an element that is not a LitElement (`<news-icon>`, which draws in the browser only).
 */
function attributesOf(elementClass: ElementClass): Map<string, string> {
  const names = new Map<string, string>();
  if (!('elementProperties' in elementClass)) return names;
  const lit = elementClass as unknown as typeof ReactiveElement;
  void lit.observedAttributes; // finalizes the class: fills elementProperties
  for (const [key, options] of lit.elementProperties) {
    if (typeof key !== 'string' || options.attribute === false) continue;
    names.set(key, typeof options.attribute === 'string' ? options.attribute : key.toLowerCase());
  }
  return names;
}

/**
 * The element class as the wrapper should see it: a prop named like one of the element's
 * attributes (`headline`, `duration`) is left to React, which writes it as that attribute on the
 * server and sets it as a property in the browser. @lit/react would only set it in an effect, so
 * the server's HTML would not carry it at all.
 */
export function leaveAttributesToReact<C extends ElementClass>(elementClass: C): C {
  const attributes = new Set(attributesOf(elementClass).values());
  const prototype = new Proxy(elementClass.prototype, {
    has: (target, key) => !attributes.has(key as string) && Reflect.has(target, key),
  });
  return {name: elementClass.name, prototype} as unknown as C;
}

/**
 * `component` that also writes each camelCase prop with a text, number or boolean value under its
 * attribute's name (`articleId` as `article-id`): React 19 writes a custom element's props as
 * attributes on the server under the prop's own name, which HTML lowercases (`articleid`) and the
 * element never reads. The same attributes are rendered in the browser, so hydration matches.
 */
export function withAttributes<T extends ForwardRefExoticComponent<never>>(
  component: T,
  elementClass: ElementClass,
): T {
  const renamed = [...attributesOf(elementClass)].filter(([key, name]) => key !== name);
  const outer = React.forwardRef<unknown, Record<string, unknown>>((props, ref) => {
    const attributes: Record<string, string> = {};
    for (const [key, name] of renamed) {
      const value = props[key];
      if (typeof value === 'string' || typeof value === 'number') attributes[name] = String(value);
      else if (value === true) attributes[name] = '';
    }
    return React.createElement(component as never, {...attributes, ...props, ref});
  });
  outer.displayName = elementClass.name;
  return outer as unknown as T;
}
