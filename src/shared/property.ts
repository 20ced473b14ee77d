import type {PropertyDeclaration, ReactiveElement} from 'lit';

/**
 * A value a property can hold: a BigInt becomes a number, and a value with no text form (a
 * Symbol, an object whose `toString` throws or is missing, a Proxy that throws) becomes `''`, as
 * if it had been cleared. Anything else is kept, for the element to read as it reads attributes.
 */
export const usable = (value: unknown): unknown => {
  try {
    return typeof value == 'bigint' ? Number(value) : `${value as string}` && value;
  } catch {
    return '';
  }
};

/**
 * Declares a reactive property on the field or accessor it decorates: Lit's `@property`, for the
 * legacy (experimentalDecorators) form this project compiles with only, which saves a page a few
 * hundred bytes. Every value set passes through `usable`, so no script can make an element throw
 * or stop drawing. Returns the accessor, so that an accessor of the class's own is wrapped
 * rather than put back.
 */
export const property =
  (options?: PropertyDeclaration) =>
  // A field decorator must return void (TypeScript), an accessor's its descriptor: `any` is both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (proto: ReactiveElement, name: string): any => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    const {get, set} = Object.getOwnPropertyDescriptor(proto, name)!;
    // The decorator's caller defines it.
    return {
      get,
      set(this: ReactiveElement, value: unknown) {
        set!.call(this, usable(value));
      },
      configurable: true,
    };
  };

/**
 * `property()` on several members of `element` at once, in order (`0`: no options). What the
 * build compiles each class's `@property()` decorators to (scripts/declare-properties.mjs): one
 * call a class instead of a statement a property.
 */
export function declareProperties(
  element: typeof ReactiveElement,
  declarations: Record<string, PropertyDeclaration | 0>,
): void {
  const proto = element.prototype;
  for (const name in declarations) {
    Object.defineProperty(proto, name, property(declarations[name] || undefined)(proto, name));
  }
}
