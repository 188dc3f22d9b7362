import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest } from '../support/api'
import { sharedPayload } from '../support/shared-payload'

/**
 * The fields the reorganisation writes (`formerUnit` on every item, `mergedInto` on a commune)
 * are the server's: no role sets them through REST or GraphQL, the province admin included,
 * and an anonymous caller cannot either.
 */
let payload: Payload
let postId: number
let communeId: number

beforeAll(async () => {
  payload = await sharedPayload()
  const commune = (await payload.find({ collection: 'communes', where: { slug: { equals: 'my-binh' } }, depth: 0 }))
    .docs[0]!
  communeId = commune.id as number
  postId = (await payload.find({ collection: 'posts', where: { tenant: { equals: communeId } }, limit: 1, depth: 0 }))
    .docs[0]!.id as number
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

const stored = async () => ({
  formerUnit: (
    (await payload.findByID({ collection: 'posts', id: postId, depth: 0 })) as { formerUnit?: string | null }
  ).formerUnit,
  mergedInto: (
    (await payload.findByID({ collection: 'communes', id: communeId, depth: 0 })) as { mergedInto?: unknown }
  ).mergedInto,
})

describe('formerUnit and mergedInto are written by the reorganisation only', () => {
  it('every role and the anonymous caller, over REST and GraphQL, leave them unset', async () => {
    const before = await stored()
    const tokens: (string | undefined)[] = [
      undefined,
      (await loginAs('province-admin')).token,
      (await loginAs('chief', 'my-binh')).token,
      (await loginAs('editor', 'my-binh')).token,
    ]
    for (const token of tokens) {
      await rest('PATCH', `/api/posts/${postId}?draft=true`, { token, body: { formerUnit: 'Xã Giả Mạo' } })
      await rest('PATCH', `/api/communes/${communeId}`, { token, body: { mergedInto: communeId } })
      await graphql(
        `mutation($id: Int!) { updatePost(id: $id, draft: true, data: { formerUnit: "Xã Giả Mạo" }) { id } }`,
        token,
        {
          id: postId,
        },
      )
      await graphql(`mutation($id: Int!) { updateCommune(id: $id, data: { mergedInto: $id }) { id } }`, token, {
        id: communeId,
      })
    }
    expect(await stored()).toEqual(before)
    expect(before.formerUnit ?? null).toBeNull()
    expect(before.mergedInto ?? null).toBeNull()
  })
})
