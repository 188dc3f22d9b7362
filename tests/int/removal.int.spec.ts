import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/** The province deletes a commune; everything it held is exported first. */
describe('deleting a commune', () => {
  it('exports its content, board and media, then removes them, its site and the commune', async () => {
    const started = new Date().toISOString()
    const admin = (await loginAs('province-admin')).token
    const district = (await rest('GET', '/api/districts?limit=1&depth=0', { token: admin })).body.docs[0]
    const created = await rest('POST', '/api/communes', {
      token: admin,
      body: { name: 'Xã Thử Nghiệm Xóa', type: 'xa', code: '99901', district: district.id, status: 'live' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const commune = created.body.doc as { id: number; slug: string }
    const post = await rest('POST', '/api/posts', {
      token: admin,
      body: { tenant: commune.id, title: 'Bài của đơn vị sắp xóa', _status: 'published' },
    })
    expect(post.status).toBe(201)
    const member = await rest('POST', '/api/users', {
      token: admin,
      body: {
        email: 'bientap.thu-nghiem-xoa@demo.angiang.local',
        password: 'Mật-khẩu-dài-đủ-1',
        name: 'Biên tập viên',
        globalRole: 'none',
        tenants: [{ tenant: commune.id, role: 'editor' }],
      },
    })
    expect(member.status, JSON.stringify(member.body)).toBe(201)
    const siteDir = path.join(inject('dataDir'), 'sites', commune.slug)
    await waitFor('the new commune’s site', async () => fs.existsSync(path.join(siteDir, 'current', 'index.html')))

    // Deleting through the generic API is refused: it would skip the export.
    const bare = await rest('DELETE', `/api/communes/${commune.id}`, { token: admin })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toContain('Xóa đơn vị')
    // Only the province admin, and only with the slug typed as confirmation.
    const { token: chief } = await loginAs('chief', 'my-binh')
    expect(
      (await rest('POST', `/api/communes/${commune.id}/remove`, { token: chief, body: { confirm: commune.slug } }))
        .status,
    ).toBe(403)
    const unconfirmed = await rest('POST', `/api/communes/${commune.id}/remove`, {
      token: admin,
      body: { confirm: 'sai' },
    })
    expect(unconfirmed.status).toBe(400)
    expect(unconfirmed.body.errors[0].message).toContain(commune.slug)

    const removed = await rest('POST', `/api/communes/${commune.id}/remove`, {
      token: admin,
      body: { confirm: commune.slug },
    })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    const exported = JSON.parse(fs.readFileSync(path.join(removed.body.exportDir, 'content.json'), 'utf8'))
    expect(exported.commune.code).toBe('99901')
    expect(exported.collections.posts.map((p: { title: string }) => p.title)).toContain('Bài của đơn vị sắp xóa')
    expect(exported.users.map((u: { email: string }) => u.email)).toContain('bientap.thu-nghiem-xoa@demo.angiang.local')
    expect(JSON.stringify(exported.users)).not.toMatch(/"(hash|salt|sessions)"/)
    expect(removed.body.usersDeleted).toBe(1)

    expect((await rest('GET', `/api/communes/${commune.id}`, { token: admin })).status).toBe(404)
    expect((await rest('GET', `/api/posts/${post.body.doc.id}`, { token: admin })).status).toBe(404)
    expect((await rest('GET', `/api/users/${member.body.doc.id}`, { token: admin })).status).toBe(404)
    expect(fs.existsSync(siteDir)).toBe(false)
    // SQLite gives a new commune the id of one deleted before (other test files delete some):
    // only this test's entry is counted.
    const audit = await rest(
      'GET',
      `/api/audit-logs?where[action][equals]=delete&where[collectionSlug][equals]=communes&where[documentId][equals]=${commune.id}&where[at][greater_than]=${started}`,
      { token: admin },
    )
    expect(audit.body.totalDocs).toBe(1)
    fs.rmSync(removed.body.exportDir, { recursive: true, force: true })
    // The province directory is rebuilt without it (the next test files count the communes).
    await waitFor(
      'the directory without it',
      async () => !(await hostGet('127.0.0.1', '/')).body.includes(`//${commune.slug}.localhost`),
      120_000,
    )
  })
})
