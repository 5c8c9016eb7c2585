declare const __MANDATE_VERSION__: string | undefined;

/** Injected by the bundler; `0.0.0-dev` when run from source (tests). */
export const VERSION: string =
  typeof __MANDATE_VERSION__ === 'undefined' ? '0.0.0-dev' : __MANDATE_VERSION__;
