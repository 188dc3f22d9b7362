import { rest } from './api'

let counter = 0
/** Minimal valid data per collection; titles are unique so slugs never collide. */
export const fixtureData = (collection: string, tenant: number | string): Record<string, unknown> => {
  const n = `${Date.now().toString(36)}-${++counter}`
  switch (collection) {
    case 'posts':
    case 'pages':
      return { tenant, title: `Kiểm thử quyền ${n}` }
    case 'announcements':
      return { tenant, title: `Thông báo kiểm thử ${n}`, urgency: 'normal' }
    case 'documents':
      return {
        tenant,
        title: `Văn bản kiểm thử ${n}`,
        number: `${counter}/QĐ-UBND`,
        docType: 'quyet-dinh',
        issueDate: '2026-01-05T00:00:00.000Z',
      }
    case 'disclosures':
      return { tenant, title: `Công khai kiểm thử ${n}`, category: 'khac', decisionDate: '2026-01-05T00:00:00.000Z' }
    case 'categories':
      return { tenant, name: `Chuyên mục ${n}` }
    case 'officials':
      return { tenant, name: `Nguyễn Văn ${n}`, position: 'Phó Chủ tịch UBND', organ: 'ubnd' }
    case 'procedures':
      return {
        tenant,
        name: `Thủ tục ${n}`,
        nationalPortalUrl:
          'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
      }
    case 'questions':
      return {
        tenant,
        askerName: 'Trần Thị Hoa',
        askerContact: '0912 345 678',
        question: `Câu hỏi ${n}`,
        consent: true,
      }
    default:
      throw new Error(`no fixture for ${collection}`)
  }
}

/** Creates a document as the province admin: a draft, a published item, or a plain document. */
export const makeFixture = async (
  adminToken: string,
  collection: string,
  tenant: number | string,
  state: 'draft' | 'published' | 'plain',
): Promise<number | string> => {
  const data = fixtureData(collection, tenant)
  const reply =
    state === 'plain'
      ? await rest('POST', `/api/${collection}`, { token: adminToken, body: data })
      : await rest('POST', `/api/${collection}${state === 'draft' ? '?draft=true' : ''}`, {
          token: adminToken,
          body: { ...data, _status: state },
        })
  if (reply.status !== 201)
    throw new Error(`fixture ${collection} ${state}: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply.body.doc.id
}
