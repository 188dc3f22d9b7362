/// <reference types="astro/client" />

/**
 * For plain `tsc` (no Astro language server): .astro modules as components. Under `astro check`
 * the real per-component types take precedence over this wildcard.
 */
declare module '*.astro' {
  const Component: (props: unknown) => unknown
  export default Component
}
