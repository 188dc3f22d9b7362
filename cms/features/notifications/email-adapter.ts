import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { sitesDomain } from '../../../contract/site-urls'

/** Whether notices also go by email: only when the province set a mail relay. */
export const smtpUrl = (): string | null => process.env.SMTP_URL?.trim() || null

const DEFAULT_FROM_NAME = 'Cổng thông tin cấp xã'

/**
 * The sender, from SMTP_FROM (`"Name" <address>`, `Name <address>` or a bare address), as the
 * invitations use it; by default "Cổng thông tin cấp xã" <no-reply@<SITES_DOMAIN>>.
 */
export const senderOf = (value = process.env.SMTP_FROM?.trim() ?? ''): { name: string; address: string } => {
  const fallback = { name: DEFAULT_FROM_NAME, address: `no-reply@${sitesDomain()}` }
  if (!value) return fallback
  const angle = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)
  if (angle) return { name: angle[1]?.trim() || DEFAULT_FROM_NAME, address: angle[2] as string }
  return /^[^\s<>@]+@[^\s<>@]+$/.test(value) ? { name: DEFAULT_FROM_NAME, address: value } : fallback
}

/**
 * Payload's nodemailer adapter on SMTP_URL, or undefined when it is not set (Payload then keeps
 * its console adapter and notices stay in the admin). The relay is not contacted at start-up:
 * a mail server that is down must not keep the CMS from starting.
 */
export const notificationEmailAdapter = (): Promise<EmailAdapter> | undefined => {
  const url = smtpUrl()
  if (!url) return undefined
  const from = senderOf()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport: nodemailer.createTransport(url),
  })
}
