import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { makePdf } from '../support/active-content-fixtures'
import { baseUrl, credentials, loginAs, rest, type Reply } from '../support/api'
import { newContext, screenshot } from '../support/browser'
import { signInToAdmin } from '../support/word-browser'

/**
 * Phone photos (issue 11): up to 50 MB accepted and stored downscaled (longest side 2,560 px,
 * orientation applied, no EXIF or GPS); other kinds keep their limits; the door lets large
 * bodies through to the upload routes only; the admin refuses an oversized file in the browser,
 * before anything is sent.
 */
const OWN = 'my-binh'
const MB = 1024 * 1024

let adminToken = ''
let contributorToken = ''
let communeId = 0
const created: number[] = []

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  contributorToken = (await loginAs('contributor', OWN)).token
  communeId = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0].id
})

afterAll(async () => {
  for (const id of created) await rest('DELETE', `/api/media/${id}`, { token: adminToken })
})

const upload = (data: Buffer, name: string, type: string, alt = 'Ảnh hội nghị'): Promise<Reply> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt, tenant: communeId }))
  return rest('POST', '/api/media', { token: contributorToken, body: form })
}

/**
 * A photo as a phone takes it: 6000 × 4000 of fine detail (noise, so it stays over 30 MB as a
 * JPEG), taken turned (EXIF orientation 6: shown portrait), with the camera and GPS in EXIF.
 */
const phonePhoto = async (): Promise<Buffer> => {
  const [width, height] = [6000, 4000]
  return sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 100 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PhoneMaker', Model: 'Secret Phone 15' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 42/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 7/1 0/1' },
    })
    .toBuffer()
}

/**
 * A multipart upload announced as `declared` bytes of which only the first 64 KB are sent: an
 * answer within the wait proves the door decided on the announced size, unread. No answer
 * (status 0) means the door let the body through and the server is waiting for the rest.
 */
const announcedMultipart = (urlPath: string, declared: number): Promise<{ status: number; body: string }> => {
  const url = new URL(urlPath, baseUrl())
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        method: 'POST',
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: {
          Authorization: `JWT ${contributorToken}`,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(declared),
        },
      },
      (response) => {
        let body = ''
        response.on('data', (c: Buffer) => {
          body += c.toString()
        })
        response.on('end', () => {
          clearTimeout(timer)
          resolve({ status: response.statusCode ?? 0, body })
          request.destroy()
        })
      },
    )
    const timer = setTimeout(() => {
      resolve({ status: 0, body: '' })
      request.destroy()
    }, 3000)
    request.on('error', (err) => (request.destroyed ? undefined : reject(err)))
    request.write(Buffer.alloc(64 * 1024, 'a'))
  })
}

const storedFile = (filename: string) => path.join(inject('dataDir'), 'media', filename)

describe('a phone photo over 30 MB', () => {
  it('is accepted and stored at most 2,560 px, upright, without EXIF or GPS', async () => {
    const photo = await phonePhoto()
    expect(photo.length).toBeGreaterThan(30 * MB)
    const before = await sharp(photo).metadata()
    expect([before.width, before.height, before.orientation, Boolean(before.exif)]).toEqual([6000, 4000, 6, true])

    const reply = await upload(photo, 'IMG_20261106_093012.jpg', 'image/jpeg')
    expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(201)
    const doc = reply.body.doc
    created.push(doc.id)
    // Orientation 6 is a portrait photo: 4000 × 6000 upright, so 1707 × 2560 stored.
    expect([doc.width, doc.height]).toEqual([1707, 2560])
    expect(doc.filesize).toBeLessThan(15 * MB)

    const stored = fs.readFileSync(storedFile(doc.filename))
    const meta = await sharp(stored).metadata()
    expect([meta.width, meta.height]).toEqual([1707, 2560])
    expect(meta.exif).toBeUndefined()
    expect(meta.orientation).toBeUndefined()
    expect(stored.includes(Buffer.from('Secret Phone 15'))).toBe(false)
  }, 120_000)
})

describe('other files keep their limits', () => {
  it('a PDF over 30 MB is refused with its own limit', async () => {
    const pdf = Buffer.concat([makePdf(['<< /Type /Catalog >>']), Buffer.alloc(31 * MB, 0x20)])
    const reply = await upload(pdf, 'bao-cao.pdf', 'application/pdf', '')
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body)).toMatch(/tệp PDF vượt quá dung lượng tối đa 30 MB/)
  })

  it('a body over 50 MB is refused at the door, before it is read', async () => {
    const reply = await announcedMultipart('/api/media', 52 * MB)
    expect(reply.status).toBe(413)
    expect(reply.body).toMatch(/Tệp tải lên: dữ liệu gửi lên quá lớn \(tối đa 51 MB\)/)
  })

  it('a 5 MB form sent to a route that takes no files is refused at 1 MB', async () => {
    const reply = await announcedMultipart('/api/posts', 5 * MB)
    expect(reply.status).toBe(413)
    expect(reply.body).toMatch(/dữ liệu gửi lên quá lớn \(tối đa 1 MB\)/)
  })

  it('a 40 MB body announced to the media route is let through the door (Payload then reads it)', async () => {
    const reply = await announcedMultipart('/api/media', 40 * MB)
    expect(reply.status).not.toBe(413)
  })
})

describe('the admin checks the size before uploading', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a photo over 50 MB is taken off the form with a Vietnamese message, and nothing is sent', async () => {
    const credential = credentials().find((c) => c.role === 'contributor' && c.commune === OWN)!
    const page = await (await newContext(browser)).newPage()
    page.setDefaultTimeout(60_000)
    await signInToAdmin(page, baseUrl(), credential.email, credential.password)
    const uploads: string[] = []
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/api/media')) uploads.push(request.url())
    })
    await page.goto(`${baseUrl()}/admin/collections/media/create`)
    await page.locator('.upload-size-guard').waitFor()
    // Playwright hands over files this large by path: the browser reads it from disk as a person's would.
    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'photo-')), 'anh-dien-thoai.jpg')
    fs.writeFileSync(big, Buffer.alloc(51 * MB, 0xff))
    await page.locator('input[type="file"]').first().setInputFiles(big)
    const alert = page.locator('.upload-size-guard__refused')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(
      /^Tệp «anh-dien-thoai\.jpg» nặng 51 MB, vượt quá dung lượng tối đa 50 MB cho một ảnh; tệp chưa được tải lên\.$/,
    )
    // The file is gone from the form: the drop zone is back, and saving has nothing to send.
    await page.locator('.dropzone').first().waitFor()
    const shot = await screenshot(page, 'photo-uploads-too-large')
    expect(fs.existsSync(shot)).toBe(true)
    expect(uploads).toEqual([])
  }, 180_000)
})
