import net from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loginAs, rest } from '../support/api'
import { sharedPayload, waitFor } from '../support/shared-payload'
import { type Mail, startSmtpStandIn } from '../support/smtp-stand-in'

/**
 * Notification emails (cms/features/notifications) through Payload's nodemailer adapter, to the
 * SMTP stand-in. The test server runs without SMTP_URL, so the saves are made here through the
 * Local API of a Payload with SMTP_URL set, on the server's own database, as board members
 * (overrideAccess: false): the same hooks, the same adapter, the real SMTP exchange.
 */
const OWN = 'my-binh'
const TAG = `em${Date.now().toString(36)}`

type Account = { id: number; email: string; name: string; collection: 'users' }

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>
let adminToken = ''
let tenant = 0
let communeName = ''
const people = {} as Record<'chief' | 'contributor', Account>
const created: number[] = []
const port = () => inject('port')

beforeAll(async () => {
  smtp = await startSmtpStandIn()
  // The server's own address and port: the links in the emails are the ones it would write.
  Object.assign(process.env, { SMTP_URL: smtp.url, HOST: '127.0.0.1', PORT: String(port()) })
  delete process.env.SMTP_FROM
  delete process.env.ADMIN_URL
  adminToken = (await loginAs('province-admin')).token
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0]
  tenant = commune.id
  communeName = commune.name
  payload = await sharedPayload()
  for (const role of ['chief', 'contributor'] as const) {
    const { credential } = await loginAs(role, OWN)
    const found = await payload.find({ collection: 'users', where: { email: { equals: credential.email } }, depth: 0 })
    people[role] = { ...(found.docs[0] as unknown as Account), collection: 'users' }
  }
}, 240_000)

afterAll(async () => {
  if (payload && people.contributor)
    await payload.update({
      collection: 'users',
      id: people.contributor.id,
      data: { emailNotifications: true } as never,
      overrideAccess: true,
    })
  for (const id of created) await rest('DELETE', `/api/posts/${id}`, { token: adminToken })
  await payload?.destroy()
  if (!smtpClosed) await smtp?.close()
})

/** A save by a board member, as the REST door would make it. */
const save = (who: Account, id: number, data: Record<string, unknown>, draft = true) =>
  payload.update({ collection: 'posts', id, data: data as never, draft, user: who, overrideAccess: false, depth: 0 })

/** A new draft post of the contributor's, removed after the file. */
const contributorDraft = async (draftTitle: string): Promise<number> => {
  const doc = await payload.create({
    collection: 'posts',
    data: { tenant, title: draftTitle, _status: 'draft' } as never,
    draft: true,
    user: people.contributor,
    overrideAccess: false,
  })
  created.push(doc.id as number)
  return doc.id as number
}

/** The plain text as written: SMTP carries lines ending in CRLF. */
const textOf = (mail: Mail | undefined): string => (mail?.text ?? '').replace(/\r\n/g, '\n')

const mailsTo = (address: string, subject: string): Mail[] =>
  smtp.mails.filter((m) => m.to.includes(address) && m.subject === subject)

const oneMail = (address: string, subject: string) =>
  waitFor(
    `the mail "${subject}" to ${address}`,
    async () => {
      const found = mailsTo(address, subject)
      return found.length > 0 ? found : null
    },
    20_000,
  )

const editLink = (id: number) => `http://127.0.0.1:${port()}/admin/collections/posts/${id}`

let postId = 0
/** The second item, left waiting for review by the preference test. */
let secondId = 0
let smtpClosed = false
const title = `Tin gửi thư ${TAG}`

const emailTests = () => {
  it('submitting emails the chief: who, what, where, and the link to review it', async () => {
    postId = await contributorDraft(title)
    await save(people.contributor, postId, { workflowStatus: 'submitted' })
    const subject = `[${communeName}] Tin bài chờ duyệt: ${title}`
    const [mail, ...more] = await oneMail(people.chief.email, subject)
    expect(more).toEqual([])
    expect(mail?.to).toEqual([people.chief.email])
    expect(mail?.from).toBe('no-reply@localhost')
    expect(textOf(mail)).toContain(`Kính gửi ${people.chief.name},`)
    expect(textOf(mail)).toContain(`${people.contributor.name} đã gửi duyệt tin bài “${title}” của ${communeName} lúc `)
    expect(textOf(mail)).toMatch(/lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./)
    expect(textOf(mail)).toContain(`Mở để duyệt:\n${editLink(postId)}`)
    expect(mail?.html).toContain(`<a href="${editLink(postId)}">Mở để duyệt</a>`)
    // Nobody else, the author included, was written to about it.
    expect(smtp.mails.filter((m) => m.subject === subject).flatMap((m) => m.to)).toEqual([people.chief.email])
  })

  it('returning emails the author with the chief’s comment', async () => {
    const comment = `Bổ sung ảnh và nguồn <số liệu> ${TAG}.`
    await save(people.chief, postId, { workflowStatus: 'returned', reviewComment: comment })
    const [mail] = await oneMail(people.contributor.email, `[${communeName}] Tin bài bị trả lại: ${title}`)
    expect(textOf(mail)).toContain(`${people.chief.name} đã trả lại tin bài “${title}” của ${communeName} lúc `)
    expect(textOf(mail)).toContain(`Ý kiến của Trưởng ban biên tập: ${comment}`)
    expect(textOf(mail)).toContain(`Sửa và gửi duyệt lại:\n${editLink(postId)}`)
    expect(mail?.html).toContain('nguồn &lt;số liệu&gt;')
  })

  it('publishing emails the author the link to the live page', async () => {
    await save(people.contributor, postId, { workflowStatus: 'submitted' })
    await save(people.chief, postId, { _status: 'published' }, false)
    const slug = (await payload.findByID({ collection: 'posts', id: postId, depth: 0 })).slug
    const live = `http://${OWN}.localhost:${port()}/tin-tuc/bai/${slug}/`
    const [mail] = await oneMail(people.contributor.email, `[${communeName}] Tin bài đã xuất bản: ${title}`)
    expect(textOf(mail)).toContain(`Tin bài “${title}” của ${communeName} đã được xuất bản lúc `)
    expect(textOf(mail)).toContain(`Xem trên trang thông tin điện tử:\n${live}`)
    expect(mail?.html).toContain(`<a href="${live}">Xem trên trang</a>`)
    expect(mailsTo(people.chief.email, `[${communeName}] Tin bài đã xuất bản: ${title}`)).toEqual([])
  })
}

describe('notification emails through Payload’s email adapter', emailTests)

const preferenceTests = () => {
  it('a person who turned email off gets the notice in the admin but no mail', async () => {
    await payload.update({
      collection: 'users',
      id: people.contributor.id,
      data: { emailNotifications: false } as never,
      user: people.contributor,
      overrideAccess: false,
    })
    secondId = await contributorDraft(`${title} 2`)
    await save(people.contributor, secondId, { workflowStatus: 'submitted' })
    await save(people.chief, secondId, { workflowStatus: 'returned', reviewComment: 'Viết lại.' })
    // The chief's next mail comes after the return's would have: then it is certain none was sent.
    await save(people.contributor, secondId, { workflowStatus: 'submitted' })
    await oneMail(people.chief.email, `[${communeName}] Tin bài chờ duyệt: ${title} 2`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(
      smtp.mails.filter((m) => m.subject.includes(`${title} 2`) && m.to.includes(people.contributor.email)),
    ).toEqual([])
    const notices = await payload.find({
      collection: 'notifications' as never,
      where: { and: [{ itemId: { equals: String(secondId) } }, { recipient: { equals: people.contributor.id } }] },
      overrideAccess: true,
    })
    expect(notices.docs.map((n) => (n as unknown as { kind: string }).kind)).toEqual(['returned'])
  })

  it('a mail relay that hangs neither fails nor holds up the save', async () => {
    await smtp.close()
    smtpClosed = true
    // In the relay's place, a server that takes the connection and never greets: a mail sent
    // through it stays pending until nodemailer gives up (its greeting timeout, 30 s).
    const held: net.Socket[] = []
    const silent = net.createServer((socket) => held.push(socket))
    await new Promise<void>((resolve) => silent.listen(Number(new URL(smtp.url).port), '127.0.0.1', resolve))
    try {
      // Returned (the author chose no mail), then submitted again: a mail to the chief.
      await save(people.chief, secondId, { workflowStatus: 'returned', reviewComment: 'Relay treo.' })
      await save(people.contributor, secondId, { workflowStatus: 'submitted' })
      const latest = await payload.findByID({ collection: 'posts', id: secondId, draft: true, depth: 0 })
      expect(latest.workflowStatus).toBe('submitted')
      // The mail was tried, and is still waiting for the relay now that the save has answered:
      // the save did not wait for it.
      await waitFor('the mail to reach the relay', async () => held.length > 0, 20_000)
      expect(held.every((socket) => !socket.destroyed)).toBe(true)
    } finally {
      for (const socket of held) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
    }
  })
}

describe('notification emails: each person’s choice, and a relay that is down', preferenceTests)
