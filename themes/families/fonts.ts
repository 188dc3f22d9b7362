/**
 * System font stacks only: nothing to download, and every stack leads with faces that carry
 * Vietnamese (Latin Extended Additional) on Windows, macOS, Android and Linux.
 */
export const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"
export const SERIF = "'Noto Serif', 'Times New Roman', Georgia, serif"
