/**
 * Invitations of board members: an account gets a random password nobody sees, and the member
 * sets their own through Payload's reset-password link, valid for a week. The link goes by
 * email when SMTP_URL is set; otherwise it is handed to whoever provisions, once. Tokens and
 * passwords are never logged.
 */
import crypto from 'node:crypto'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Payload, PayloadRequest } from 'payload'
import { sitesDomain } from '../../../contract/site-urls'

/** How long an invitation link stays valid (an ordinary "forgot password" link keeps Payload's hour). */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export const ROLE_LABELS_VI = {
  chief: 'Trưởng ban biên tập',
  editor: 'Biên tập viên',
  contributor: 'Cộng tác viên',
} as const
export type BoardRole = keyof typeof ROLE_LABELS_VI

/** The server's own address: HOST and PORT as configured, localhost when it listens on every interface. */
const configuredServerUrl = (): string => {
  const host = process.env.HOST?.trim()
  const name = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${process.env.PORT || 3000}`
}

/**
 * Where the admin is reached from outside, for links that go to other people (invitations):
 * ADMIN_URL; else, behind a proxy trusted by TRUST_PROXY, the origin that proxy reports (the
 * server replaces X-Forwarded-Host/Proto with what Express trusts, cms/security/forwarded-headers.ts);
 * else this server's configured address. Never a header a client chose: a forged Host or
 * X-Forwarded-Host would send the invitee's password-setting link to another site.
 */
export const adminBaseUrl = (req?: Partial<PayloadRequest>): string => {
  const configured = process.env.ADMIN_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  const host = req?.headers?.get?.('x-forwarded-host')
  const proto = req?.headers?.get?.('x-forwarded-proto')
  if (process.env.TRUST_PROXY && host && (proto === 'http' || proto === 'https')) return `${proto}://${host}`
  return configuredServerUrl()
}

/**
 * Reset-password fields for a new account, so that the account and its invitation are written
 * in one insert: a run killed in between cannot leave an account nobody was invited to. The
 * token is made as Payload makes it (20 random bytes, hex) and Payload's reset-password
 * operation accepts it like its own.
 */
export const newInvitationFields = (): { resetPasswordToken: string; resetPasswordExpiration: string } => ({
  resetPasswordToken: crypto.randomBytes(20).toString('hex'),
  resetPasswordExpiration: new Date(Date.now() + INVITATION_TTL_MS).toISOString(),
})

/** A new invitation for an existing account (Payload's forgot-password token, valid INVITATION_TTL_MS). */
export const createInvitationToken = async (payload: Payload, email: string, req?: PayloadRequest): Promise<string> => {
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email },
    disableEmail: true,
    expiration: INVITATION_TTL_MS,
    req,
  })
  if (!token) throw new Error(`no account ${email} to invite`)
  return token
}

/** The admin's "set a new password" page for this token (Payload's admin route /reset/:token). */
export const invitationLink = (payload: Payload, token: string, base: string): string =>
  `${base}${payload.config.routes.admin}${payload.config.admin.routes.reset}/${token}`

let transporter: Transporter | null = null
const smtp = (): Transporter | null => {
  const url = process.env.SMTP_URL?.trim()
  if (!url) return null
  transporter ??= nodemailer.createTransport(url)
  return transporter
}
export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_URL?.trim())

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const formatDate = (d: Date): string =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d)

export type InvitationMail = {
  to: string
  name: string
  role: BoardRole
  communeName: string
  link: string
  loginUrl: string
  expires: Date
}

/** The invitation's subject, plain text and HTML, in Vietnamese. */
export const invitationMessage = (m: InvitationMail): { subject: string; text: string; html: string } => {
  const subject = `Mời tham gia Ban biên tập Trang thông tin điện tử ${m.communeName}`
  const paragraphs = [
    `Kính gửi ${m.name},`,
    `Anh/chị được mời tham gia Ban biên tập Trang thông tin điện tử ${m.communeName} với vai trò ${ROLE_LABELS_VI[m.role]}.`,
    `Để bắt đầu, hãy đặt mật khẩu cho tài khoản ${m.to} tại địa chỉ dưới đây. Liên kết có hiệu lực đến ${formatDate(m.expires)} và chỉ dùng được một lần.`,
  ]
  const after = [`Sau đó, đăng nhập tại ${m.loginUrl}.`, 'Nếu anh/chị không liên quan đến lời mời này, xin bỏ qua thư.']
  const text = [...paragraphs, m.link, ...after].join('\n\n')
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(m.link)}">Đặt mật khẩu</a></p>`,
    `<p>${escapeHtml(m.link)}</p>`,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('\n')
  return { subject, text, html }
}

const defaultFrom = (): string => `"Cổng thông tin cấp xã" <no-reply@${sitesDomain()}>`

/** Sends the invitation; false when no SMTP server is configured. Throws when sending fails. */
export const sendInvitation = async (mail: InvitationMail): Promise<boolean> => {
  const transport = smtp()
  if (!transport) return false
  const { subject, text, html } = invitationMessage(mail)
  await transport.sendMail({
    from: process.env.SMTP_FROM?.trim() || defaultFrom(),
    to: { name: mail.name, address: mail.to },
    subject,
    text,
    html,
  })
  return true
}
