import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { AdminFrame } from '../../../admin-ui/AdminFrame'
import { CommunePicker } from '../../../admin-ui/CommunePicker'
import { communeIdsWithRole, type ID, idOf, isProvinceAdmin, MEMBER_ROLES, memberRoleIn } from '../../../access/roles'
import { formatDateTime } from '../../publishing/components/site-format'
import { SHARED_NEWS_SLUG } from '../slugs'
import { reachingWhere } from '../targets'
import { RepublishButton } from './RepublishButton'
import styles from './SyndicationView.module.scss'

type Commune = { id: ID; name: string; slug: string; district?: ID | { id: ID } | null }
type Offer = {
  id: ID
  title: string
  summary?: string | null
  source: string
  link?: string | null
  imageUrl?: string | null
  mandatory?: boolean | null
  publishedAt?: string | null
}

const communesOf = async (req: PayloadRequest): Promise<Commune[]> => {
  const own = communeIdsWithRole(req.user, MEMBER_ROLES)
  const { docs } = await req.payload.find({
    collection: 'communes',
    where: isProvinceAdmin(req.user) ? { status: { equals: 'live' } } : { id: { in: own } },
    select: { name: true, slug: true, district: true },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'name',
    overrideAccess: true,
  })
  return docs as unknown as Commune[]
}

/** The offers reaching the commune (newest first) and the commune's copies of them. */
const offersFor = async (req: PayloadRequest, commune: Commune) => {
  const district = idOf(commune.district)
  const offers = await req.payload.find({
    collection: SHARED_NEWS_SLUG as never,
    where: reachingWhere([commune.id], district === undefined ? [] : [district]),
    sort: '-publishedAt',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    user: req.user,
  })
  const ids = (offers.docs as unknown as Offer[]).map((d) => d.id)
  const copies = ids.length
    ? await req.payload.find({
        collection: 'posts',
        where: { and: [{ tenant: { equals: commune.id } }, { 'reprint.sharedNews': { in: ids } }] },
        select: { reprint: true, workflowStatus: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        draft: true,
      })
    : { docs: [] }
  const copyOf = new Map(
    (copies.docs as { id: ID; reprint?: { sharedNews?: ID }; workflowStatus?: string }[]).map((c) => [
      String(idOf(c.reprint?.sharedNews as never)),
      c,
    ]),
  )
  return { offers: offers.docs as unknown as Offer[], copyOf }
}

const categoriesOf = async (req: PayloadRequest, commune: ID) =>
  (
    await req.payload.find({
      collection: 'categories',
      where: { tenant: { equals: commune } },
      select: { name: true },
      sort: 'name',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((c) => ({ id: c.id, name: String((c as { name?: string }).name ?? '') }))

/**
 * "Tin từ tỉnh" (/admin/tin-tu-tinh): the offers of the province to the user's commune, each
 * with its source, date and summary, and "Đăng lại" with a category; what the commune has
 * already republished (or got as a mandatory item) says so and links to its copy.
 */
export const SyndicationView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/tin-tu-tinh`)}`)
  const communes = await communesOf(req)
  if (!communes.length)
    return (
      <AdminFrame view={view}>
        <h1>Tin từ tỉnh</h1>
        <p role="alert">Chỉ ban biên tập các xã, phường và quản trị tỉnh xem được tin từ tỉnh.</p>
      </AdminFrame>
    )
  const asked = typeof view.searchParams?.commune === 'string' ? view.searchParams.commune : ''
  const commune = communes.find((c) => c.slug === asked) ?? communes[0]!
  const [{ offers, copyOf }, categories] = await Promise.all([offersFor(req, commune), categoriesOf(req, commune.id)])
  const publishes = isProvinceAdmin(req.user) || memberRoleIn(req.user, commune.id) === 'chief'
  return (
    <AdminFrame view={view}>
      <h1>Tin từ tỉnh</h1>
      <p>
        Tin của tỉnh và các nguồn tin chính thống gửi tới {commune.name}. Bấm “Đăng lại” để đăng thành tin bài của đơn
        vị (ghi rõ nguồn và liên kết bài gốc); khi tỉnh sửa tin gốc, bản đăng lại được cập nhật theo.
      </p>
      {communes.length > 1 && <CommunePicker communes={communes} chosen={commune.slug} />}
      {offers.length === 0 && <p>Chưa có tin nào gửi tới đơn vị.</p>}
      <ul className={styles.list}>
        {offers.map((offer) => {
          const copy = copyOf.get(String(offer.id))
          return (
            <li key={String(offer.id)} className={styles.offer} data-offer={String(offer.id)}>
              <h2>
                {offer.title}
                {offer.mandatory && <span className={styles.badge}>Bắt buộc</span>}
              </h2>
              <p className={styles.meta}>
                Nguồn: {offer.link ? <a href={offer.link}>{offer.source}</a> : offer.source}
                {offer.publishedAt && ` · ${formatDateTime(offer.publishedAt)}`}
              </p>
              {offer.imageUrl && /^https?:\/\//i.test(offer.imageUrl) && (
                // The feed's own picture, as it publishes it (no referrer sent to its host).
                <img className={styles.image} src={offer.imageUrl} alt="" loading="lazy" referrerPolicy="no-referrer" />
              )}
              {offer.summary && <p>{offer.summary}</p>}
              {copy ? (
                <p className={styles.done}>
                  {copy.workflowStatus === 'published' ? 'Đã đăng trên trang của đơn vị' : 'Đã đăng lại, chờ duyệt'}
                  {' · '}
                  <a href={`${adminRoute}/collections/posts/${String(copy.id)}`}>Mở tin bài</a>
                </p>
              ) : (
                <RepublishButton
                  apiRoute={req.payload.config.routes.api}
                  sharedNews={offer.id}
                  commune={commune.id}
                  categories={categories}
                  publishes={publishes}
                />
              )}
            </li>
          )
        })}
      </ul>
    </AdminFrame>
  )
}
