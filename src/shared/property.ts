import type {PropertyDeclaration, ReactiveElement} from 'lit';

/**
 * Declares a reactive property on the field or accessor it decorates: Lit's `@property`, for the
 * legacy (experimentalDecorators) form this project compiles with only, which saves a page a few
 * hundred bytes. Returns the accessor Lit defined, so that an accessor of the class's own is
 * wrapped rather than put back.
 */
export const property =
  (options?: PropertyDeclaration) =>
  // A field decorator must return void (TypeScript), an accessor's its descriptor: `any` is both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (proto: ReactiveElement, name: string): any => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return Object.getOwnPropertyDescriptor(proto, name);
  };
