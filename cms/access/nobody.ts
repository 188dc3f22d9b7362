import type { Access } from 'payload'

/** For operations that happen only through trusted server code (overrideAccess). */
export const nobody: Access = () => false
