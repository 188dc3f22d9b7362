type Tree = { [key: string]: string | Tree }

/** `extra` laid over `base`, key by key at every depth (config translations other plugins set stay). */
export const deepMergeTranslations = <T extends object>(base: T, extra: Record<string, Tree>): T => {
  const merge = (a: Tree, b: Tree): Tree => {
    const out: Tree = { ...a }
    for (const [key, value] of Object.entries(b)) {
      const current = out[key]
      out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value
    }
    return out
  }
  return merge(base as Tree, extra) as T
}
