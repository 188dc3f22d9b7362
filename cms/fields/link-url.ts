import type { Validate } from 'payload'
import { HTTPS_URL_RULE, isSafeLinkUrl, LINK_URL_RULE, type LinkUrlPolicy } from '../../contract/link-url'

/**
 * The field validator: `label` names the field in the message, in Vietnamese, e.g.
 * "Liên kết (Menu chính): chỉ chấp nhận địa chỉ http(s), …". Empty passes unless required
 * (a custom validator replaces Payload's own required check).
 */
export const linkUrlValidator =
  (label: string, policy: LinkUrlPolicy = {}): Validate =>
  (value: unknown, { required, req }: { required?: boolean; req?: { context?: Record<string, unknown> } }) => {
    // The build workers' bookkeeping write (the site's state) changes no link: a link stored
    // before this rule existed must not fail the commune's builds. The generator leaves such
    // links off the site, and the board's next save of the commune must fix them.
    if (req?.context?.siteState === true) return true
    if (value === undefined || value === null || value === '') return required ? `${label}: bắt buộc.` : true
    if (isSafeLinkUrl(value, policy)) return true
    return `${label}: ${policy.httpsOnly ? HTTPS_URL_RULE : LINK_URL_RULE}`
  }
