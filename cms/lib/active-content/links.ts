/** Link schemes a reader may open when they click a link in a PDF or an Office document. */
const SAFE_SCHEME = /^(https?|mailto|tel):/i

/** The link as a viewer follows it: viewers drop spaces and control characters, so a scheme cannot hide behind them. */
export const linkTarget = (raw: string): string => raw.replace(/[\0-\x20]/g, '')

/** True for a link with another scheme (javascript:, file:, smb:...) or to a network share (//host, \\host). */
export const isUnsafeLink = (target: string): boolean =>
  /^[a-z][a-z0-9+.-]*:/i.test(target) ? !SAFE_SCHEME.test(target) : /^[\\/]{2}/.test(target)
