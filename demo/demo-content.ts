/**
 * Demo content for one commune website: posts, announcements, legal documents, officials,
 * disclosures, procedures, pages and answered questions.
 *
 * Pure and deterministic: the same input always gives the same output (PRNG seeded from the
 * commune code, all dates derived from `now`). Variety comes from a few dozen compact
 * templates filled with the commune's name, hamlet names and seeded numbers. Everything is
 * marked `demo: true` and titled "[Demo] …" so it can be found and removed later.
 */
import { communeTypeWord, DISCLOSURE_CATEGORIES, type CommuneType } from '../contract/vocabulary'
import { lexicalFromParagraphs, type LexicalBlock, type LexicalDoc } from '../cms/lib/lexical'
import { slugify } from '../cms/lib/vietnamese'
import { INTRO_PAGES, NEWS_CATEGORIES, type IntroPageSlug } from '../cms/features/provisioning/site-structure'

// ---------------------------------------------------------------------------------------------
// Item types
// ---------------------------------------------------------------------------------------------

export type DemoCommune = { name: string; slug: string; code: string; districtName: string; type: CommuneType }
export type DemoContentInput = { commune: DemoCommune; now: Date; scale?: number }

export type DemoCategory = { slug: string; name: string; description: string; demo: true }
export type PostGenre = 'tin' | 'bai' | 'phong-su' | 'anh'
export type DemoPost = {
  title: string
  slug: string
  excerpt: string
  content: LexicalDoc
  categorySlugs: string[]
  publishedAt: string
  authors: { name: string; share: number }[]
  photographers: { name: string }[]
  genre: PostGenre
  origin: 'original' | 'reprint'
  source: string | undefined
  coverImageIndex: number
  featured: boolean
  demo: true
}
export type AnnouncementUrgency = 'normal' | 'important' | 'emergency'
export type DemoAnnouncement = {
  title: string
  slug: string
  content: LexicalDoc
  urgency: AnnouncementUrgency
  validFrom: string
  validUntil: string
  demo: true
}
export type DocType = 'quyet-dinh' | 'ke-hoach' | 'thong-bao' | 'nghi-quyet' | 'bao-cao' | 'cong-van' | 'chi-thi'
export type DocField =
  | 'dat-dai'
  | 'xay-dung'
  | 'nong-nghiep'
  | 'y-te'
  | 'giao-duc'
  | 'tai-chinh'
  | 'van-hoa'
  | 'noi-vu'
  | 'tu-phap'
  | 'khac'
export type DemoDocument = {
  number: string
  title: string
  slug: string
  docType: DocType
  issuer: string
  signer: { name: string; position: string }
  issueDate: string
  effectiveDate: string
  field: DocField
  summary: string
  pdfTitleLines: string[]
  demo: true
}
export type OfficialOrgan = 'dang-uy' | 'hdnd' | 'ubnd' | 'mttq' | 'doan-the'
export type DemoOfficial = {
  name: string
  position: string
  organ: OfficialOrgan
  duties: string
  biography: string
  phone: string
  email: string
  order: number
  demo: true
}
export type DemoDisclosure = {
  title: string
  slug: string
  category: (typeof DISCLOSURE_CATEGORIES)[number]['value']
  decisionDate: string
  publicationDate: string
  content: LexicalDoc
  demo: true
}
export type ProcedureField = 'ho-tich' | 'chung-thuc' | 'bao-tro-xa-hoi' | 'nguoi-co-cong' | 'dat-dai' | 'khac'
export type DemoProcedure = {
  name: string
  slug: string
  code: string
  field: ProcedureField
  processingTime: string
  fee: string
  nationalPortalUrl: string
  demo: true
}
export type DemoPage = {
  slug: string
  title: string
  parentSlug: string | null
  order: number
  content: LexicalDoc
  demo: true
}
export type DemoQuestion = {
  askerName: string
  askerContact: string
  question: string
  consentAt: string
  noticeVersion: string
  answer: string
  answeredAt: string
  published: true
  demo: true
}
export type DemoContent = {
  categories: DemoCategory[]
  posts: DemoPost[]
  announcements: DemoAnnouncement[]
  documents: DemoDocument[]
  officials: DemoOfficial[]
  disclosures: DemoDisclosure[]
  procedures: DemoProcedure[]
  pages: DemoPage[]
  questions: DemoQuestion[]
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness and small helpers
// ---------------------------------------------------------------------------------------------

/** FNV-1a hash of a string, used to seed the PRNG. */
const hash = (s: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: tiny, fast, good enough for demo data. */
const mulberry32 = (seed: number) => {
  let a = seed >>> 0
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = {
  next: () => number
  int: (lo: number, hi: number) => number
  pick: <T>(arr: readonly T[]) => T
  shuffle: <T>(arr: readonly T[]) => T[]
  chance: (p: number) => boolean
}

const makeRng = (seed: string): Rng => {
  const next = mulberry32(hash(seed))
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  return {
    next,
    int,
    pick: (arr) => arr[Math.floor(next() * arr.length)]!,
    shuffle: (arr) => {
      const out = [...arr]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[out[i], out[j]] = [out[j]!, out[i]!]
      }
      return out
    },
    chance: (p) => next() < p,
  }
}

const DAY = 86_400_000
const MINUTE = 60_000
const iso = (ms: number) => new Date(ms).toISOString()
const pad2 = (n: number) => String(n).padStart(2, '0')
/** Vietnamese number formatting: "." for thousands, "," for decimals. */
const formatNumber = (n: number, decimals = 0): string => {
  const [int, frac] = n.toFixed(decimals).split('.')
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/gu, '.')
  return frac ? `${grouped},${frac}` : grouped
}
/** "ngày 05 tháng 3 năm 2025", as written on administrative documents. */
const longDate = (ms: number) => {
  const d = new Date(ms)
  return `ngày ${pad2(d.getUTCDate())} tháng ${d.getUTCMonth() + 1} năm ${d.getUTCFullYear()}`
}

const uniqueSlug = (used: Set<string>, base: string, max = 80): string => {
  let s = slugify(base)
  if (s.length > max) s = s.slice(0, max).replace(/-[^-]*$/u, '')
  if (s === '') s = 'muc'
  let out = s
  for (let i = 2; used.has(out); i++) out = `${s}-${i}`
  used.add(out)
  return out
}

const scaled = (base: number, scale: number) => Math.max(1, Math.round(base * scale))

// ---------------------------------------------------------------------------------------------
// Commune context and template filling
// ---------------------------------------------------------------------------------------------

const HAMLET_NAMES = [
  'Long Thạnh',
  'Bình Hòa',
  'Phú Lợi',
  'Tân Hiệp',
  'Mỹ Thới',
  'Hòa Long',
  'Thạnh An',
  'Vĩnh Lộc',
  'Phú Hữu',
  'An Thuận',
  'Bình Thới',
  'Tân Phú',
  'Mỹ An',
  'Long Hòa',
  'Hưng Thạnh',
  'Phước Lộc',
  'Trung Bình',
  'Đông Sơn',
  'Tây Khánh',
  'Vĩnh Phước',
] as const

type Ctx = {
  name: string // "Xã Mỹ Hòa Hưng"
  inText: string // "xã Mỹ Hòa Hưng" (mid-sentence)
  bare: string // "Mỹ Hòa Hưng"
  unitWord: string // "xã"
  hamletWord: string // "ấp" or "khóm"
  hamlets: string[] // "ấp Long Thạnh", ...
  district: string
  slug: string
  type: CommuneType
}

const makeCtx = (commune: DemoCommune, rng: Rng): Ctx => {
  const name = commune.name.normalize('NFC').trim()
  const unitWord = communeTypeWord(commune.type)
  const lower = name.toLocaleLowerCase('vi')
  const bare = lower.startsWith(`${unitWord} `) ? name.slice(unitWord.length + 1) : name
  const hamletWord = commune.type === 'xa' ? 'ấp' : 'khóm'
  return {
    name,
    inText: `${unitWord} ${bare}`,
    bare,
    unitWord,
    hamletWord,
    hamlets: rng
      .shuffle(HAMLET_NAMES)
      .slice(0, 6)
      .map((h) => `${hamletWord} ${h}`),
    district: commune.districtName.normalize('NFC').trim(),
    slug: commune.slug,
    type: commune.type,
  }
}

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s)

/**
 * Fills a template. Tokens: {xa} "xã Mỹ Hòa Hưng", {Xa} "Xã Mỹ Hòa Hưng", {ten} "Mỹ Hòa Hưng",
 * {namkh} plan year (next year from November), {thang} month,
 * {cap} "xã", {Cap} "Xã", {khom} "ấp"/"khóm", {ap}/{ap2} hamlets ("ấp Long Thạnh"), {Ap} capitalised, {huyen} district,
 * {nam} year, {nam1} next year, {namtruoc} previous year, {ntm} the commune-type development goal,
 * {x:lo-hi} an integer, {x:lo-hi/10} a decimal, {x:lo-hi~50} rounded to 50. Named numbers keep
 * their value within one item (memo), so a title and its body can quote the same figure.
 */
type Filler = (template: string) => string
const TOKEN_RE = /\{(\w+)(?::(\d+)-(\d+)(?:\/(\d+))?(?:~(\d+))?)?\}/gu
const makeFiller = (ctx: Ctx, rng: Rng, dateMs: number, sources: readonly string[] = []): Filler => {
  const memo = new Map<string, string>()
  const date = new Date(dateMs)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + 1
  const [ap, ap2] = rng.shuffle(ctx.hamlets)
  const words: Record<string, string> = {
    xa: ctx.inText,
    Xa: capitalize(ctx.inText),
    ten: ctx.bare,
    cap: ctx.unitWord,
    khom: ctx.hamletWord,
    Cap: capitalize(ctx.unitWord),
    ap: ap!,
    ap2: ap2!,
    Ap: capitalize(ap!),
    huyen: ctx.district,
    nam: String(year),
    nam1: String(year + 1),
    // Year a plan or budget is for: plans drawn up in November-December are for the next year.
    namkh: String(month >= 11 ? year + 1 : year),
    thang: String(month),
    namtruoc: String(year - 1),
    ntm: ctx.type === 'xa' ? 'nông thôn mới nâng cao' : 'đô thị văn minh',
  }
  const define = (key: string, lo: string, hi: string, div?: string, step?: string): string => {
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    let v = rng.int(Number(lo), Number(hi))
    if (step) v = Math.round(v / Number(step)) * Number(step)
    const out = div ? formatNumber(v / Number(div), 1) : formatNumber(v)
    memo.set(key, out)
    return out
  }
  // Draw every named number of the item up front, so "{a}" works wherever its "{a:lo-hi}" is.
  for (const src of sources)
    for (const m of src.matchAll(TOKEN_RE))
      if (m[2] !== undefined && m[3] !== undefined) define(m[1]!, m[2], m[3], m[4], m[5])
  return (template) =>
    template
      .replace(TOKEN_RE, (whole, key: string, lo?: string, hi?: string, div?: string, step?: string) =>
        lo !== undefined && hi !== undefined ? define(key, lo, hi, div, step) : (words[key] ?? memo.get(key) ?? whole),
      )
      .normalize('NFC')
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Phan',
  'Trương',
  'Lâm',
  'Đinh',
] as const
const MIDDLE_M = ['Văn', 'Minh', 'Hoàng', 'Thanh', 'Quốc', 'Hữu', 'Công', 'Đức', 'Tấn', 'Trọng'] as const
const MIDDLE_F = ['Thị', 'Ngọc', 'Thanh', 'Kim', 'Thu', 'Mỹ', 'Bích', 'Hồng'] as const
const GIVEN_M = [
  'Tâm',
  'Hùng',
  'Phúc',
  'Dũng',
  'Thắng',
  'Khang',
  'Lộc',
  'Hải',
  'Tuấn',
  'Nghĩa',
  'Trung',
  'Hòa',
  'Bình',
  'Sơn',
  'Nhân',
  'Tài',
  'Vinh',
  'Khoa',
] as const
const GIVEN_F = [
  'Hương',
  'Lan',
  'Thảo',
  'Nhung',
  'Trang',
  'Hạnh',
  'Diễm',
  'Mai',
  'Phượng',
  'Yến',
  'Thủy',
  'Vy',
  'Ngân',
  'Loan',
] as const
const KHMER_M = [
  'Chau Sóc Khanh',
  'Chau Ty',
  'Chau Sô Phanh',
  'Chau Thanh Sang',
  'Chau Phi Rum',
  'Chau Kim Sên',
] as const
const KHMER_F = ['Néang Sa Phi', 'Néang Chanh Thi', 'Néang Sóc Kha', 'Néang Sô Phal', 'Néang Sa Rươn'] as const

const makeNamer = (rng: Rng) => {
  const used = new Set<string>()
  return (opts: { female?: boolean; khmer?: boolean } = {}): string => {
    const female = opts.female ?? rng.chance(0.4)
    for (let tries = 0; ; tries++) {
      const name = opts.khmer
        ? rng.pick(female ? KHMER_F : KHMER_M)
        : `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`
      if (!used.has(name) || tries > 20) {
        used.add(name)
        return name
      }
    }
  }
}

/** Mailbox convention of Vietnamese agencies: given name + initials ("Nguyễn Văn Tâm" -> "tamnv"). */
const mailbox = (name: string): string => {
  const parts = slugify(name).split('-')
  const given = parts.pop() ?? 'canbo'
  return given + parts.map((p) => p[0]).join('')
}

const fakePhone = (rng: Rng) => `0296 3${rng.int(10, 99)} ${rng.int(1000, 9999)}`
const fakeMobile = (rng: Rng) =>
  `${rng.pick(['091', '094', '097', '098', '083', '070', '077'])}${rng.int(1, 9)} ${rng.int(100, 999)} ${rng.int(100, 999)}`

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

const DEMO_TITLE = (t: string) => `[Demo] ${t}`
const demoIntro = (ctx: Ctx) => `Nội dung minh họa cho trang thông tin điện tử ${ctx.name}.`

const [TIN, KT, VH, AN, CDS] = NEWS_CATEGORIES.map((c) => slugify(c.name)) as [string, string, string, string, string]

type PostTemplate = { cats: string[]; genre?: PostGenre; title: string; excerpt: string; body: string[] }

const POST_TEMPLATES: PostTemplate[] = [
  {
    cats: [KT],
    title: 'Nông dân {xa} thu hoạch lúa Hè Thu đạt năng suất cao',
    excerpt:
      'Vụ Hè Thu năm {nam}, toàn {xa} xuống giống {a:800-2400~10} ha lúa, năng suất bình quân ước đạt {b:55-68/10} tấn/ha.',
    body: [
      'Những ngày này, trên các cánh đồng ở {ap} và {ap2}, bà con tranh thủ thời tiết thuận lợi để thu hoạch lúa. Phần lớn diện tích được gặt bằng máy gặt đập liên hợp, giúp giảm hao hụt và tiết kiệm chi phí thuê nhân công.',
      'Theo UBND {xa}, vụ này địa phương xuống giống {a} ha, chủ yếu là các giống lúa chất lượng cao như OM 5451, OM 18, Đài Thơm 8. Năng suất bình quân ước đạt {b} tấn/ha; với giá lúa tươi tại ruộng khoảng {c:6200-8000~50} đồng/kg, nông dân có lãi khá.',
      'Ngành nông nghiệp khuyến cáo bà con xử lý rơm rạ bằng chế phẩm sinh học thay vì đốt đồng, vệ sinh đồng ruộng và chuẩn bị tốt các điều kiện cho vụ Thu Đông theo đúng lịch thời vụ.',
      'Các hợp tác xã trên địa bàn đang liên kết với doanh nghiệp bao tiêu sản phẩm, hướng tới vùng nguyên liệu lúa chất lượng cao, phát thải thấp gắn với tăng trưởng xanh.',
    ],
  },
  {
    cats: [KT, AN],
    genre: 'phong-su',
    title: 'Mùa nước nổi về trên đồng {ten}',
    excerpt:
      'Mùa nước nổi mang phù sa bồi đắp đồng ruộng và sinh kế cho nhiều hộ dân, nhưng cũng đặt ra yêu cầu chủ động phòng, chống lũ.',
    body: [
      'Khoảng tháng 8 âm lịch, nước từ thượng nguồn sông Mê Kông đổ về, phủ trắng những cánh đồng ở {ap}. Người dân quen gọi đây là mùa nước nổi, mùa của cá linh, bông điên điển và những chuyến xuồng giăng lưới lúc bình minh.',
      'Năm nay, {xa} hỗ trợ {a:20-60} hộ nghèo, cận nghèo ngư cụ và con giống để nuôi cá, trồng rau nhút, sen trên ruộng trong mùa lũ, giúp mỗi hộ có thêm thu nhập từ {b:3-8} đến {c:9-15} triệu đồng.',
      'Song song với khai thác lợi thế mùa nước, chính quyền địa phương kiểm tra toàn bộ {d:12-35} km đê bao, bố trí lực lượng trực 24/24 giờ và tổ chức dạy bơi miễn phí cho trẻ em để phòng, chống đuối nước.',
    ],
  },
  {
    cats: [KT],
    title: '{Xa} phấn đấu giữ vững tiêu chí {ntm}',
    excerpt:
      'Địa phương rà soát từng tiêu chí, huy động sức dân cùng nguồn vốn ngân sách để nâng chất các tiêu chí còn thấp.',
    body: [
      'Qua rà soát, {xa} hiện đạt và giữ vững {a:15-19} tiêu chí; các tiêu chí về giao thông, môi trường và thu nhập đang được tập trung nâng chất.',
      'Từ đầu năm đến nay, nhân dân đã hiến hơn {b:2000-9000~100} m² đất, đóng góp ngày công và kinh phí để bê tông hóa {c:2-9} km đường giao thông nông thôn, lắp đặt đèn chiếu sáng và trồng hoa dọc các tuyến đường ở {ap}.',
      'UBND {xa} đề nghị các ấp, khóm tiếp tục vận động người dân giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn và tham gia xây dựng tuyến đường “xanh - sạch - đẹp”.',
    ],
  },
  {
    cats: [KT],
    title: 'Mô hình trồng màu trên đất lúa giúp nông dân {ap} tăng thu nhập',
    excerpt: 'Chuyển đổi từ lúa kém hiệu quả sang trồng bắp, dưa hấu, ớt giúp nhiều hộ có lợi nhuận cao gấp 2-3 lần.',
    body: [
      'Trên diện tích {a:3-12} ha đất lúa kém hiệu quả, các hộ ở {ap} đã mạnh dạn chuyển sang trồng bắp nếp, dưa hấu và ớt theo hướng an toàn.',
      'Theo tính toán của cán bộ nông nghiệp, sau khi trừ chi phí, mỗi công màu cho lợi nhuận khoảng {b:8-20} triệu đồng, cao hơn nhiều so với trồng lúa.',
      'Thời gian tới, địa phương sẽ phối hợp hợp tác xã mở rộng mô hình, hỗ trợ bà con đăng ký mã số vùng trồng và truy xuất nguồn gốc để tiêu thụ ổn định.',
    ],
  },
  {
    cats: [KT, CDS],
    title: 'Hợp tác xã {ten} đưa nông sản lên sàn thương mại điện tử',
    excerpt: 'Các sản phẩm OCOP và nông sản địa phương được giới thiệu, bán trực tuyến, mở rộng đầu ra cho người dân.',
    body: [
      'Được hỗ trợ tập huấn kỹ năng số, các thành viên hợp tác xã đã mở gian hàng trên sàn thương mại điện tử và bán hàng qua mạng xã hội.',
      'Sau {a:3-8} tháng, hợp tác xã tiêu thụ hơn {b:2-9} tấn gạo, khô cá và đường thốt nốt, doanh thu tăng khoảng {c:15-40}% so với cùng kỳ.',
      'Tổ công nghệ số cộng đồng của {xa} tiếp tục hướng dẫn các hộ kinh doanh tạo mã QR thanh toán, chụp ảnh sản phẩm và quản lý đơn hàng trên điện thoại.',
    ],
  },
  {
    cats: [VH],
    title: 'Đồng bào Khmer {xa} vui đón Tết Chol Chnam Thmay',
    excerpt: 'Không khí Tết cổ truyền Chol Chnam Thmay rộn ràng tại các chùa và phum sóc trên địa bàn.',
    body: [
      'Những ngày giữa tháng Tư, đồng bào Khmer ở {ap} náo nức đón Tết Chol Chnam Thmay với các nghi lễ rước Đại lịch, đắp núi cát, tắm Phật và dâng cơm lên các vị sư.',
      'Lãnh đạo {xa} đã đến thăm, chúc Tết các chùa Khmer, tặng {a:20-80} phần quà cho hộ đồng bào có hoàn cảnh khó khăn.',
      'Các hoạt động văn nghệ, thể thao như múa Rom vong, kéo co, ném còn được tổ chức sôi nổi, góp phần gìn giữ bản sắc văn hóa và tăng cường khối đại đoàn kết các dân tộc.',
    ],
  },
  {
    cats: [VH],
    genre: 'anh',
    title: 'Rộn ràng Lễ hội Ok Om Bok và đua ghe Ngo',
    excerpt: 'Lễ cúng trăng Ok Om Bok của đồng bào Khmer diễn ra trong không khí trang trọng, vui tươi.',
    body: [
      'Đêm rằm tháng Mười âm lịch, bà con Khmer tụ họp tại sân chùa để cúng trăng, dâng cốm dẹp, khoai, chuối và thả đèn nước, cầu mong mưa thuận gió hòa.',
      'Các đội ghe Ngo của địa phương tích cực luyện tập trên kênh gần {ap}, chuẩn bị tham gia giải đua ghe Ngo do tỉnh tổ chức.',
      'Lễ hội thu hút đông đảo người dân và du khách, là dịp quảng bá văn hóa đặc sắc của vùng đất An Giang.',
    ],
  },
  {
    cats: [VH],
    title: '{Xa} đạt tỷ lệ bao phủ bảo hiểm y tế {a:880-960/10}%',
    excerpt: 'Tỷ lệ người dân tham gia BHYT tiếp tục tăng nhờ công tác tuyên truyền, vận động tận nhà.',
    body: [
      'Đến nay, toàn {xa} có {b:8000-24000~10} người tham gia bảo hiểm y tế, đạt tỷ lệ {a}% dân số.',
      'Ban Chỉ đạo thực hiện chính sách BHXH, BHYT phối hợp với các tổ chức đoàn thể đến từng hộ gia đình để vận động, nhất là các hộ làm nông nghiệp, lao động tự do.',
      'Người có thẻ BHYT được khám, chữa bệnh tại Trạm Y tế {xa} và có thể dùng ứng dụng VNeID thay cho thẻ giấy.',
    ],
  },
  {
    cats: [VH],
    title: 'Trạm Y tế {ten} triển khai tiêm chủng mở rộng đợt {a:2-4}',
    excerpt: 'Trẻ em trong độ tuổi được tiêm đầy đủ các loại vắc xin theo lịch của Chương trình Tiêm chủng mở rộng.',
    body: [
      'Trong đợt này, Trạm Y tế {xa} tổ chức tiêm cho {b:120-380} trẻ, trong đó có vắc xin sởi - rubella, bạch hầu - ho gà - uốn ván và bại liệt.',
      'Trước khi tiêm, trẻ được khám sàng lọc; sau tiêm, phụ huynh được hướng dẫn theo dõi tại chỗ 30 phút và tại nhà trong 24 giờ.',
      'Trạm Y tế đề nghị phụ huynh mang theo sổ tiêm chủng hoặc thông tin trên ứng dụng VNeID, đưa trẻ đi tiêm đúng lịch để phòng bệnh hiệu quả.',
    ],
  },
  {
    cats: [VH],
    title: 'Trường học trên địa bàn {xa} sẵn sàng cho năm học mới',
    excerpt:
      'Cơ sở vật chất được sửa chữa, vận động học sinh ra lớp đầy đủ, không để em nào bỏ học vì hoàn cảnh khó khăn.',
    body: [
      'Các trường mầm non, tiểu học và trung học cơ sở trên địa bàn đã sửa chữa phòng học, nhà vệ sinh và bổ sung bàn ghế trước ngày tựu trường.',
      'Hội Khuyến học {xa} trao {a:30-90} suất học bổng và bộ sách giáo khoa cho học sinh có hoàn cảnh khó khăn, học sinh dân tộc Khmer.',
      'Trong mùa nước nổi, nhà trường phối hợp với phụ huynh đưa đón học sinh bằng xuồng, bảo đảm an toàn trên đường đến lớp.',
    ],
  },
  {
    cats: [VH, TIN],
    title: 'Trao nhà Đại đoàn kết cho hộ nghèo ở {ap}',
    excerpt: 'Ủy ban MTTQ Việt Nam {xa} bàn giao căn nhà mới, giúp gia đình an cư, ổn định cuộc sống.',
    body: [
      'Căn nhà có diện tích {a:40-60} m², tổng kinh phí khoảng {b:50-80} triệu đồng, từ Quỹ “Vì người nghèo” và sự đóng góp của bà con, mạnh thường quân.',
      'Từ đầu năm, {xa} đã xây mới và sửa chữa {c:4-15} căn nhà cho hộ nghèo, hộ cận nghèo, góp phần thực hiện mục tiêu xóa nhà tạm, nhà dột nát.',
      'Dịp này, địa phương cũng trao sinh kế là con giống, cây giống cho các hộ vừa thoát nghèo để giảm nghèo bền vững.',
    ],
  },
  {
    cats: [TIN],
    title: 'HĐND {xa} tổ chức kỳ họp thường lệ giữa năm {nam}',
    excerpt:
      'Kỳ họp đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm và xem xét, thông qua nhiều nghị quyết quan trọng.',
    body: [
      'Tại kỳ họp, các đại biểu đã nghe báo cáo về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, thu chi ngân sách và công tác giải quyết khiếu nại, tố cáo.',
      'Kỳ họp dành thời gian thảo luận, chất vấn về tiến độ các công trình giao thông, thủy lợi và việc xử lý kiến nghị của cử tri {ap}.',
      'Kết thúc kỳ họp, HĐND {xa} đã thông qua {a:4-9} nghị quyết, làm cơ sở để UBND tổ chức thực hiện trong những tháng cuối năm.',
    ],
  },
  {
    cats: [TIN],
    title: 'Lãnh đạo {xa} tiếp xúc, đối thoại với nhân dân',
    excerpt:
      'Nhiều ý kiến, kiến nghị về đường giao thông, đất đai, chính sách an sinh được trả lời trực tiếp tại buổi đối thoại.',
    body: [
      'Buổi đối thoại diễn ra tại nhà văn hóa {ap} với sự tham dự của hơn {a:80-200} người dân.',
      'Bà con nêu {b:10-25} ý kiến, tập trung vào việc sửa chữa cầu, đường, cấp giấy chứng nhận quyền sử dụng đất và hỗ trợ người có công.',
      'Chủ tịch UBND {xa} đã trả lời trực tiếp các nội dung thuộc thẩm quyền và giao bộ phận chuyên môn rà soát, phản hồi bằng văn bản đối với các kiến nghị còn lại.',
    ],
  },
  {
    cats: [TIN, KT],
    title: 'Khởi công nâng cấp tuyến đường giao thông nông thôn {ap}',
    excerpt: 'Công trình dài {a:12-35/10} km, mặt đường bê tông rộng 3,5 m, dự kiến hoàn thành trước mùa mưa lũ.',
    body: [
      'Tuyến đường có chiều dài {a} km, tổng vốn đầu tư khoảng {b:2-9} tỷ đồng từ ngân sách nhà nước và nhân dân đóng góp.',
      'Khi hoàn thành, công trình giúp người dân đi lại thuận tiện, vận chuyển lúa, nông sản dễ dàng, kết nối với trung tâm {xa}.',
      'UBND {xa} đề nghị nhà thầu bảo đảm chất lượng, an toàn giao thông trong quá trình thi công và công khai thông tin công trình để nhân dân giám sát.',
    ],
  },
  {
    cats: [AN],
    title: 'Ra quân huấn luyện dân quân năm {nam}',
    excerpt: 'Lực lượng dân quân {xa} bước vào đợt huấn luyện với tinh thần khẩn trương, nghiêm túc.',
    body: [
      'Tham gia huấn luyện có {a:30-70} đồng chí dân quân cơ động, tại chỗ và trung đội dân quân thường trực.',
      'Nội dung tập trung vào chính trị, điều lệnh, kỹ thuật chiến đấu, phòng, chống thiên tai và tìm kiếm cứu nạn.',
      'Ban Chỉ huy Quân sự {xa} yêu cầu bảo đảm an toàn tuyệt đối về người, vũ khí, trang bị trong suốt quá trình huấn luyện.',
    ],
  },
  {
    cats: [AN],
    title: 'Giao quân năm {nam}: {a:10-30} thanh niên {xa} lên đường nhập ngũ',
    excerpt: 'Các tân binh lên đường trong niềm tự hào của gia đình và quê hương.',
    body: [
      'Sáng nay, {xa} tổ chức lễ tiễn {a} thanh niên lên đường thực hiện nghĩa vụ quân sự và tham gia Công an nhân dân.',
      'Lãnh đạo địa phương động viên các tân binh ra sức rèn luyện, học tập, giữ gìn phẩm chất “Bộ đội Cụ Hồ”.',
      'Mỗi tân binh được tặng quà và tiền hỗ trợ; gia đình quân nhân được địa phương quan tâm, thực hiện đầy đủ chính sách hậu phương quân đội.',
    ],
  },
  {
    cats: [AN],
    title: 'Tăng cường phòng cháy, chữa cháy mùa khô tại {xa}',
    excerpt: 'Công an {xa} kiểm tra an toàn phòng cháy tại hộ kinh doanh, chợ và khu dân cư.',
    body: [
      'Trong đợt kiểm tra, Công an {xa} đã hướng dẫn {a:40-150} hộ gia đình, hộ kinh doanh sắp xếp hàng hóa, sử dụng điện an toàn và trang bị bình chữa cháy.',
      'Mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” được nhân rộng ở {ap} và {ap2}.',
      'Người dân khi phát hiện cháy cần gọi ngay số 114 và thông báo cho Công an {xa} để kịp thời xử lý.',
    ],
  },
  {
    cats: [AN],
    title: 'Bảo đảm an toàn giao thông đường thủy mùa nước nổi',
    excerpt: 'Phương tiện chở khách ngang sông phải có áo phao, đăng ký, đăng kiểm theo quy định.',
    body: [
      'Trong mùa nước nổi, lưu lượng xuồng, ghe qua lại trên các kênh rạch tăng cao, tiềm ẩn nguy cơ tai nạn.',
      'Lực lượng chức năng {xa} kiểm tra {a:10-30} bến đò, nhắc nhở chủ phương tiện trang bị đủ áo phao, không chở quá số người quy định.',
      'Địa phương khuyến cáo người dân không cho trẻ em tự đi xuồng, không đánh bắt thủy sản bằng xung điện.',
    ],
  },
  {
    cats: [CDS],
    title: '{Xa} đẩy mạnh dịch vụ công trực tuyến',
    excerpt: 'Tỷ lệ hồ sơ nộp trực tuyến tăng lên {a:55-85}%, người dân không phải đi lại nhiều lần.',
    body: [
      'Bộ phận Một cửa {xa} bố trí máy tính, cán bộ hướng dẫn người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia.',
      'Đến nay, {a}% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến, nhiều nhất là đăng ký khai sinh, chứng thực và xác nhận tình trạng hôn nhân.',
      'Tổ công nghệ số cộng đồng tiếp tục đến từng {khom} hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 trên VNeID.',
    ],
  },
  {
    cats: [CDS],
    title: 'Tổ công nghệ số cộng đồng {ap} hướng dẫn người dân dùng VNeID',
    excerpt: 'Người cao tuổi, bà con nông dân được hỗ trợ cài đặt, kích hoạt tài khoản định danh điện tử.',
    body: [
      'Vào các buổi tối, thành viên tổ công nghệ số cộng đồng đến nhà văn hóa {ap} để hướng dẫn bà con sử dụng điện thoại thông minh.',
      'Sau {a:2-6} tuần, hơn {b:150-600} người đã kích hoạt tài khoản VNeID, nhiều người đã tự nộp hồ sơ và thanh toán trực tuyến.',
      'Tổ cũng nhắc người dân cảnh giác với các cuộc gọi giả danh cơ quan nhà nước, không cung cấp mã OTP cho người lạ.',
    ],
  },
  {
    cats: [CDS, VH],
    title: 'Chi trả trợ cấp xã hội không dùng tiền mặt tại {xa}',
    excerpt: 'Người hưởng chính sách nhận tiền qua tài khoản ngân hàng, nhanh chóng và an toàn.',
    body: [
      'Đến nay, {a:60-90}% người hưởng trợ cấp xã hội, người có công trên địa bàn đã nhận tiền qua tài khoản.',
      'Cán bộ văn hóa - xã hội {xa} phối hợp với ngân hàng hỗ trợ người cao tuổi mở tài khoản tại nhà.',
      'Hình thức này giúp giảm thời gian chờ đợi, bảo đảm chi trả đúng người, đủ tiền và kịp thời.',
    ],
  },
  {
    cats: [TIN, CDS],
    genre: 'bai',
    title: 'Đoàn viên thanh niên {ten} xung kích chuyển đổi số',
    excerpt: 'Đoàn Thanh niên là lực lượng nòng cốt giúp người dân tiếp cận dịch vụ công trực tuyến.',
    body: [
      'Ra quân Chiến dịch Thanh niên tình nguyện hè, Đoàn {xa} thành lập {a:3-6} đội hình hỗ trợ chuyển đổi số ở các {khom}.',
      'Bên cạnh đó, đoàn viên tham gia làm đường, trồng cây, dạy bơi cho thiếu nhi và dọn vệ sinh kênh rạch ở {ap}.',
      'Các hoạt động góp phần thực hiện Đề án 06 và phong trào xây dựng {ntm} của địa phương.',
    ],
  },
]

type AnnouncementTemplate = { urgency: AnnouncementUrgency; title: string; body: string[] }
const ANNOUNCEMENT_TEMPLATES: AnnouncementTemplate[] = [
  {
    urgency: 'emergency',
    title: 'Khẩn: Mực nước lũ lên cao, chủ động phòng, chống ngập úng',
    body: [
      'Theo dự báo, mực nước tại các trạm đầu nguồn tiếp tục lên, có khả năng vượt báo động II trong những ngày tới.',
      'Đề nghị bà con kiểm tra, gia cố đê bao, bờ bao; không cho trẻ em tắm sông, chơi gần kênh rạch; chủ động kê cao tài sản, di dời người già, trẻ em ở khu vực trũng thấp.',
      'Khi cần hỗ trợ, liên hệ ngay Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn {xa} (trực 24/24 giờ) qua số điện thoại của UBND.',
    ],
  },
  {
    urgency: 'normal',
    title: 'Lịch tiếp công dân định kỳ của Chủ tịch UBND {xa}',
    body: [
      'Chủ tịch UBND {xa} tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại Phòng tiếp công dân, trụ sở UBND.',
      'Công dân đến trình bày ý kiến, khiếu nại, tố cáo vui lòng mang theo giấy tờ tùy thân và tài liệu liên quan.',
    ],
  },
  {
    urgency: 'important',
    title: 'Tổ chức tiêm vắc xin sởi - rubella cho trẻ em',
    body: [
      'Trạm Y tế {xa} tổ chức tiêm vắc xin sởi - rubella miễn phí cho trẻ đủ tuổi theo lịch của Chương trình Tiêm chủng mở rộng.',
      'Phụ huynh đưa trẻ đến Trạm Y tế từ 7 giờ đến 11 giờ; mang theo sổ tiêm chủng hoặc thông tin trên VNeID.',
    ],
  },
  {
    urgency: 'normal',
    title: 'Tạm ngừng cung cấp điện để bảo trì lưới điện tại {ap}',
    body: [
      'Điện lực khu vực thông báo tạm ngừng cung cấp điện từ 7 giờ đến 16 giờ để bảo trì, nâng cấp đường dây trung thế tại {ap}.',
      'Đề nghị bà con chủ động sắp xếp sinh hoạt, sản xuất; không đến gần khu vực thi công.',
    ],
  },
  {
    urgency: 'important',
    title: 'Đăng ký khám sức khỏe nghĩa vụ quân sự năm {namkh}',
    body: [
      'Công dân nam trong độ tuổi gọi nhập ngũ có tên trong danh sách đã niêm yết có mặt tại Trạm Y tế {xa} để khám sức khỏe theo lịch.',
      'Mang theo căn cước, giấy gọi khám sức khỏe; trường hợp vắng mặt phải có lý do chính đáng và báo cho Ban Chỉ huy Quân sự {xa}.',
    ],
  },
  {
    urgency: 'normal',
    title: 'Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến',
    body: [
      'Người dân có thể nộp hồ sơ đăng ký khai sinh, kết hôn, chứng thực và nhiều thủ tục khác trên Cổng Dịch vụ công quốc gia mà không cần đến trụ sở.',
      'Bộ phận Một cửa {xa} hỗ trợ hướng dẫn trong giờ hành chính, từ thứ Hai đến sáng thứ Bảy.',
    ],
  },
  {
    urgency: 'normal',
    title: 'Thu gom rác thải và vệ sinh kênh rạch sau mùa lũ',
    body: [
      'UBND {xa} phát động ngày chủ nhật xanh, ra quân thu gom rác thải, khơi thông dòng chảy các kênh, mương nội đồng.',
      'Đề nghị mỗi hộ gia đình cử người tham gia, phân loại rác tại nguồn và không vứt rác xuống sông.',
    ],
  },
]

type DocTemplate = { docType: DocType; field: DocField; title: string; summary: string }
const DOC_TEMPLATES: DocTemplate[] = [
  {
    docType: 'quyet-dinh',
    field: 'tai-chinh',
    title: 'Quyết định giao dự toán thu, chi ngân sách {xa} năm {namkh}',
    summary:
      'Giao chỉ tiêu dự toán thu ngân sách trên địa bàn và dự toán chi ngân sách {xa} năm {namkh} cho các bộ phận, đơn vị thực hiện.',
  },
  {
    docType: 'quyet-dinh',
    field: 'noi-vu',
    title: 'Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số {xa}',
    summary:
      'Kiện toàn thành phần Ban Chỉ đạo, phân công nhiệm vụ các thành viên trong triển khai chính quyền số, kinh tế số và xã hội số.',
  },
  {
    docType: 'quyet-dinh',
    field: 'dat-dai',
    title: 'Quyết định phê duyệt phương án hỗ trợ mặt bằng công trình đường giao thông {ap}',
    summary:
      'Phê duyệt phương án hỗ trợ cây trồng, vật kiến trúc cho các hộ hiến đất mở rộng tuyến đường giao thông nông thôn {ap}.',
  },
  {
    docType: 'ke-hoach',
    field: 'khac',
    title: 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm {namkh}',
    summary:
      'Xác định phương châm “bốn tại chỗ”, phân công lực lượng, phương tiện, vật tư ứng phó lũ, sạt lở bờ sông, giông lốc trên địa bàn {xa}.',
  },
  {
    docType: 'ke-hoach',
    field: 'nong-nghiep',
    title: 'Kế hoạch sản xuất vụ Thu Đông năm {nam}',
    summary:
      'Bố trí lịch xuống giống tập trung, né rầy; khuyến cáo sử dụng giống lúa chất lượng cao và biện pháp canh tác giảm phát thải.',
  },
  {
    docType: 'ke-hoach',
    field: 'y-te',
    title: 'Kế hoạch triển khai tiêm chủng mở rộng năm {namkh}',
    summary:
      'Bảo đảm tỷ lệ trẻ em dưới 1 tuổi được tiêm đủ các loại vắc xin đạt trên 95%, tổ chức tiêm chủng an toàn tại Trạm Y tế.',
  },
  {
    docType: 'ke-hoach',
    field: 'van-hoa',
    title: 'Kế hoạch tổ chức Lễ hội Ok Om Bok và đua ghe Ngo năm {nam}',
    summary:
      'Tổ chức các hoạt động văn hóa, thể thao mừng Lễ hội Ok Om Bok của đồng bào Khmer, tham gia giải đua ghe Ngo cấp tỉnh.',
  },
  {
    docType: 'thong-bao',
    field: 'khac',
    title: 'Thông báo lịch tiếp công dân năm {namkh} của lãnh đạo UBND {xa}',
    summary: 'Công bố lịch tiếp công dân định kỳ của Chủ tịch, Phó Chủ tịch UBND và địa điểm tiếp công dân.',
  },
  {
    docType: 'thong-bao',
    field: 'giao-duc',
    title: 'Thông báo tuyển sinh lớp 1, lớp 6 năm học {nam}-{nam1}',
    summary:
      'Hướng dẫn thời gian, hồ sơ và hình thức đăng ký tuyển sinh trực tuyến vào lớp 1, lớp 6 tại các trường trên địa bàn.',
  },
  {
    docType: 'nghi-quyet',
    field: 'tai-chinh',
    title: 'Nghị quyết về dự toán và phân bổ ngân sách {xa} năm {namkh}',
    summary:
      'HĐND quyết định dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách {xa} và phương án phân bổ năm {namkh}.',
  },
  {
    docType: 'nghi-quyet',
    field: 'xay-dung',
    title: 'Nghị quyết thông qua danh mục công trình đầu tư công năm {namkh}',
    summary:
      'Thông qua danh mục các công trình đường giao thông, cầu, trường học, thủy lợi nội đồng được đầu tư từ ngân sách và vốn huy động.',
  },
  {
    docType: 'bao-cao',
    field: 'khac',
    title: 'Báo cáo tình hình kinh tế - xã hội tháng {thang} năm {nam}',
    summary:
      'Đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh trong tháng và nhiệm vụ trọng tâm tháng tới.',
  },
  {
    docType: 'bao-cao',
    field: 'tu-phap',
    title: 'Báo cáo kết quả công tác hòa giải ở cơ sở năm {nam}',
    summary:
      'Tổng hợp số vụ việc được hòa giải thành, nguyên nhân phát sinh tranh chấp và kiến nghị nâng cao hiệu quả hoạt động của các tổ hòa giải.',
  },
  {
    docType: 'cong-van',
    field: 'y-te',
    title: 'V/v vận động người dân tham gia bảo hiểm y tế hộ gia đình',
    summary:
      'Đề nghị các ấp, khóm và đoàn thể tăng cường tuyên truyền, vận động hộ gia đình tham gia BHYT, phấn đấu đạt chỉ tiêu được giao.',
  },
  {
    docType: 'cong-van',
    field: 'nong-nghiep',
    title: 'V/v tăng cường phòng, chống dịch bệnh trên gia súc, gia cầm',
    summary:
      'Yêu cầu giám sát chặt chẽ đàn vật nuôi, tiêm phòng, tiêu độc khử trùng và báo cáo kịp thời khi phát hiện dịch bệnh.',
  },
  {
    docType: 'chi-thi',
    field: 'khac',
    title: 'Chỉ thị về tăng cường công tác phòng cháy, chữa cháy mùa khô năm {namkh}',
    summary:
      'Yêu cầu các ấp, khóm, cơ quan, đơn vị và hộ kinh doanh thực hiện nghiêm các biện pháp phòng cháy, chữa cháy trong mùa khô.',
  },
]

const DOC_ABBR: Record<DocType, { code: string; label: string; perDay: number }> = {
  'quyet-dinh': { code: 'QĐ-UBND', label: 'QUYẾT ĐỊNH', perDay: 0.6 },
  'ke-hoach': { code: 'KH-UBND', label: 'KẾ HOẠCH', perDay: 0.35 },
  'thong-bao': { code: 'TB-UBND', label: 'THÔNG BÁO', perDay: 0.4 },
  'nghi-quyet': { code: 'NQ-HĐND', label: 'NGHỊ QUYẾT', perDay: 0.05 },
  'bao-cao': { code: 'BC-UBND', label: 'BÁO CÁO', perDay: 0.5 },
  'cong-van': { code: 'CV-UBND', label: 'CÔNG VĂN', perDay: 1.2 },
  'chi-thi': { code: 'CT-UBND', label: 'CHỈ THỊ', perDay: 0.03 },
}

type DisclosureTemplate = { title: string; body: string[] }
const DISCLOSURE_TEMPLATES: Record<(typeof DISCLOSURE_CATEGORIES)[number]['value'], DisclosureTemplate> = {
  'ke-hoach-kinh-te-xa-hoi': {
    title: 'Công khai Kế hoạch phát triển kinh tế - xã hội năm {namkh} của {xa}',
    body: [
      'Kế hoạch đặt mục tiêu thu nhập bình quân đầu người đạt {a:55-75} triệu đồng/năm, tỷ lệ hộ nghèo giảm còn dưới {b:1-3}%.',
      'Toàn văn kế hoạch được niêm yết tại trụ sở UBND và nhà văn hóa các ấp, khóm.',
    ],
  },
  'du-toan-ngan-sach': {
    title: 'Công khai dự toán ngân sách {xa} năm {namkh}',
    body: [
      'Tổng thu ngân sách {xa} là {a:9000-24000~10} triệu đồng; tổng chi ngân sách là {a} triệu đồng, trong đó chi đầu tư phát triển {b:1500-5000~10} triệu đồng.',
      'Biểu mẫu công khai theo Thông tư số 343/2016/TT-BTC được đính kèm và niêm yết tại trụ sở UBND.',
    ],
  },
  'du-an-dau-tu': {
    title: 'Công khai dự án nâng cấp đường giao thông nông thôn {ap}',
    body: [
      'Quy mô: mặt đường bê tông xi măng rộng 3,5 m, dài {a:8-30/10} km; tổng mức đầu tư {b:2-9} tỷ đồng; thời gian thực hiện {c:4-10} tháng.',
      'Ban Giám sát đầu tư của cộng đồng {xa} tham gia giám sát trong suốt quá trình thi công.',
    ],
  },
  'thu-hoi-dat': {
    title: 'Công khai phương án bồi thường, hỗ trợ xây dựng trạm bơm điện {ap}',
    body: [
      'Phương án gồm {a:5-20} hộ bị ảnh hưởng với tổng diện tích thu hồi {b:800-4000~10} m²; đơn giá bồi thường theo quy định của UBND tỉnh An Giang.',
      'Người dân có ý kiến gửi về UBND {xa} trong thời hạn 20 ngày kể từ ngày niêm yết.',
    ],
  },
  'quy-che-dan-chu': {
    title: 'Công khai Quy chế thực hiện dân chủ trong hoạt động của cơ quan UBND {xa}',
    body: [
      'Quy chế quy định những nội dung cán bộ, công chức được biết, được tham gia ý kiến và được giám sát, kiểm tra.',
      'Nhiệm vụ, quyền hạn của từng cán bộ, công chức được công khai kèm theo quy chế.',
    ],
  },
  'quy-dong-gop': {
    title: 'Công khai kết quả vận động Quỹ “Vì người nghèo” năm {nam}',
    body: [
      'Tổng số tiền vận động được là {a:60-250} triệu đồng; đã chi hỗ trợ xây nhà, khám chữa bệnh và học bổng cho {b:20-80} lượt hộ nghèo.',
      'Danh sách đóng góp và chi hỗ trợ được niêm yết tại trụ sở Ủy ban MTTQ Việt Nam {xa}.',
    ],
  },
  'tai-san-cong': {
    title: 'Công khai tình hình quản lý, sử dụng tài sản công năm {nam}',
    body: [
      'Báo cáo gồm trụ sở làm việc, nhà văn hóa ấp, khóm, phương tiện và trang thiết bị do UBND {xa} quản lý.',
      'Trong năm, địa phương mua sắm bổ sung máy tính phục vụ Bộ phận Một cửa với giá trị {a:60-200} triệu đồng.',
    ],
  },
  'doi-tuong-chinh-sach': {
    title: 'Công khai danh sách đối tượng hưởng trợ cấp xã hội hằng tháng',
    body: [
      'Danh sách gồm {a:80-300} người cao tuổi, người khuyết tật và trẻ em có hoàn cảnh đặc biệt hưởng trợ cấp xã hội hằng tháng.',
      'Người dân phát hiện trường hợp không đúng đối tượng phản ánh về UBND {xa} để xem xét.',
    ],
  },
  'goi-nhap-ngu': {
    title: 'Công khai danh sách công dân được gọi nhập ngũ năm {namkh}',
    body: [
      'Danh sách gồm {a:12-35} công dân đủ điều kiện, đã qua khám tuyển sức khỏe, được niêm yết tại trụ sở UBND và nhà văn hóa các ấp, khóm.',
      'Thời gian niêm yết 20 ngày; mọi thắc mắc gửi về Hội đồng nghĩa vụ quân sự {xa}.',
    ],
  },
  'ket-qua-thanh-tra': {
    title: 'Công khai kết luận kiểm tra công tác quản lý tài chính, ngân sách năm {namtruoc}',
    body: [
      'Đoàn kiểm tra ghi nhận công tác lập, chấp hành và quyết toán ngân sách cơ bản đúng quy định; một số khoản chi còn chậm hoàn thiện chứng từ.',
      'UBND {xa} đã chỉ đạo khắc phục các tồn tại trong thời hạn 30 ngày.',
    ],
  },
  'lay-y-kien-nhan-dan': {
    title: 'Lấy ý kiến nhân dân về dự thảo đặt tên đường trên địa bàn {xa}',
    body: [
      'Dự thảo đề xuất đặt tên cho {a:3-8} tuyến đường, gắn với địa danh và nhân vật lịch sử của địa phương.',
      'Ý kiến góp ý gửi trực tiếp tại UBND, qua hộp thư góp ý hoặc mục Hỏi đáp trên trang thông tin điện tử.',
    ],
  },
  'phi-le-phi': {
    title: 'Công khai mức thu phí, lệ phí thủ tục hành chính tại UBND {xa}',
    body: [
      'Chứng thực bản sao: 2.000 đồng/trang, từ trang thứ ba trở lên 1.000 đồng/trang; chứng thực chữ ký: 10.000 đồng/trường hợp.',
      'Đăng ký khai sinh, khai tử đúng hạn và đăng ký kết hôn được miễn lệ phí theo quy định.',
    ],
  },
  'thu-tuc-hanh-chinh': {
    title: 'Công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp xã',
    body: [
      'Danh mục gồm các thủ tục thuộc lĩnh vực hộ tịch, chứng thực, bảo trợ xã hội, người có công, đất đai và các lĩnh vực khác.',
      'Thành phần hồ sơ, thời hạn giải quyết và phí, lệ phí được niêm yết tại Bộ phận Một cửa {xa}.',
    ],
  },
  khac: {
    title: 'Công khai kết quả bình xét “Gia đình văn hóa” năm {nam}',
    body: [
      'Toàn {xa} có {a:85-96}% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.',
      'Kết quả bình xét được thông qua tại các cuộc họp dân ở ấp, khóm.',
    ],
  },
}

type ProcedureTemplate = { name: string; code: string; field: ProcedureField; processingTime: string; fee: string }
const PROCEDURE_TEMPLATES: ProcedureTemplate[] = [
  {
    name: 'Đăng ký khai sinh',
    code: '1.001193',
    field: 'ho-tich',
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    fee: 'Miễn lệ phí đối với đăng ký đúng hạn',
  },
  {
    name: 'Đăng ký kết hôn',
    code: '1.000894',
    field: 'ho-tich',
    processingTime: 'Ngay sau khi nhận đủ hồ sơ; trường hợp cần xác minh không quá 05 ngày làm việc',
    fee: 'Miễn lệ phí',
  },
  {
    name: 'Đăng ký khai tử',
    code: '1.000656',
    field: 'ho-tich',
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    fee: 'Miễn lệ phí đối với đăng ký đúng hạn',
  },
  {
    name: 'Đăng ký nhận cha, mẹ, con',
    code: '1.001022',
    field: 'ho-tich',
    processingTime: '03 ngày làm việc; trường hợp cần xác minh không quá 05 ngày làm việc',
    fee: 'Theo quy định của HĐND tỉnh',
  },
  {
    name: 'Cấp bản sao trích lục hộ tịch',
    code: '2.000635',
    field: 'ho-tich',
    processingTime: 'Ngay trong ngày tiếp nhận yêu cầu',
    fee: '8.000 đồng/bản sao trích lục',
  },
  {
    name: 'Xác nhận thông tin hộ tịch',
    code: '1.004873',
    field: 'ho-tich',
    processingTime: '03 ngày làm việc',
    fee: 'Theo quy định của HĐND tỉnh',
  },
  {
    name: 'Chứng thực bản sao từ bản chính',
    code: '2.000908',
    field: 'chung-thuc',
    processingTime: 'Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo',
    fee: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
  },
  {
    name: 'Chứng thực chữ ký trong giấy tờ, văn bản',
    code: '2.000884',
    field: 'chung-thuc',
    processingTime: 'Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo',
    fee: '10.000 đồng/trường hợp',
  },
  {
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    code: '2.001035',
    field: 'chung-thuc',
    processingTime: 'Trong ngày tiếp nhận yêu cầu; hợp đồng phức tạp không quá 02 ngày làm việc',
    fee: '50.000 đồng/hợp đồng, giao dịch',
  },
  {
    name: 'Thực hiện trợ cấp xã hội hằng tháng',
    code: '1.001776',
    field: 'bao-tro-xa-hoi',
    processingTime: '15 ngày làm việc (cấp xã xét duyệt, niêm yết 02 ngày làm việc)',
    fee: 'Không',
  },
  {
    name: 'Hòa giải tranh chấp đất đai',
    code: '1.003554',
    field: 'dat-dai',
    processingTime: 'Không quá 30 ngày kể từ ngày nhận đơn',
    fee: 'Không',
  },
  {
    name: 'Thủ tục giải quyết chế độ mai táng phí đối với người có công với cách mạng',
    code: '1.010833',
    field: 'nguoi-co-cong',
    processingTime: '12 ngày làm việc',
    fee: 'Không',
  },
]

type QuestionTemplate = { question: string; answer: string }
const QUESTION_TEMPLATES: QuestionTemplate[] = [
  {
    question: 'Tôi muốn đăng ký khai sinh cho con mà không phải đến UBND thì làm thế nào?',
    answer:
      'Anh/chị có thể nộp hồ sơ trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID theo nhóm thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ BHYT cho trẻ dưới 6 tuổi. Kết quả được trả qua bưu điện hoặc bản điện tử. Nếu cần hỗ trợ, vui lòng liên hệ Bộ phận Một cửa {xa} trong giờ hành chính.',
  },
  {
    question: 'Gia đình tôi có 4 người, muốn mua bảo hiểm y tế hộ gia đình thì mức đóng tính thế nào?',
    answer:
      'Người thứ nhất đóng bằng 4,5% mức lương cơ sở; người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, 60%, 50% mức đóng của người thứ nhất; từ người thứ năm trở đi bằng 40%. Anh/chị đăng ký tại đại lý thu BHYT ở ấp, khóm hoặc liên hệ cán bộ văn hóa - xã hội {xa}.',
  },
  {
    question: 'Tuyến đường ở {ap} bị sạt lở một đoạn sau mùa nước, khi nào địa phương sửa chữa?',
    answer:
      'UBND {xa} đã kiểm tra hiện trường, cắm biển cảnh báo và đưa đoạn đường vào danh mục sửa chữa trong kế hoạch đầu tư công năm {nam}. Trong thời gian chờ thi công, đề nghị bà con lưu thông cẩn thận, không chở hàng quá tải qua đoạn sạt lở.',
  },
  {
    question: 'Tôi cần giấy xác nhận tình trạng hôn nhân để làm thủ tục vay vốn, mất bao lâu thì có?',
    answer:
      'Thời hạn giải quyết là 03 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì không quá 23 ngày. Anh/chị có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia và nhận kết quả tại Bộ phận Một cửa {xa}.',
  },
  {
    question: 'Nhà tôi muốn chuyển một phần đất lúa sang trồng cây ăn trái thì có được hỗ trợ không?',
    answer:
      'Việc chuyển đổi cơ cấu cây trồng trên đất trồng lúa phải đăng ký với UBND {xa} theo mẫu quy định và phù hợp kế hoạch chuyển đổi của địa phương. Các hộ tham gia mô hình được cán bộ nông nghiệp hướng dẫn kỹ thuật và có thể được hỗ trợ giống theo chương trình khuyến nông. Anh/chị liên hệ công chức nông nghiệp để được hướng dẫn cụ thể.',
  },
]

const REPRINT_SOURCES = [
  'Báo An Giang',
  'Đài Phát thanh - Truyền hình An Giang',
  'Cổng Thông tin điện tử tỉnh An Giang',
  'Báo Nhân Dân',
] as const

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

const buildCategories = (fill: Filler): DemoCategory[] =>
  NEWS_CATEGORIES.map((c) => ({ slug: slugify(c.name), name: c.name, description: fill(c.description), demo: true }))

const buildOfficials = (ctx: Ctx, rng: Rng, newName: ReturnType<typeof makeNamer>, nowMs: number): DemoOfficial[] => {
  const year = new Date(nowMs).getUTCFullYear()
  const roles: { position: string; organ: OfficialOrgan; duties: string; earlier: string }[] = [
    {
      position: 'Bí thư Đảng ủy',
      organ: 'dang-uy',
      duties: 'Lãnh đạo toàn diện công tác của Đảng bộ; phụ trách công tác tổ chức, cán bộ, quốc phòng - an ninh.',
      earlier: 'Phó Bí thư Đảng ủy',
    },
    {
      position: 'Phó Bí thư Thường trực Đảng ủy',
      organ: 'dang-uy',
      duties:
        'Giúp Bí thư điều hành công việc hằng ngày của Đảng ủy; phụ trách công tác xây dựng Đảng, kiểm tra, giám sát.',
      earlier: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy',
    },
    {
      position: 'Chủ tịch HĐND',
      organ: 'hdnd',
      duties: 'Chủ trì kỳ họp HĐND; chỉ đạo hoạt động giám sát, tiếp xúc cử tri và tiếp công dân của đại biểu HĐND.',
      earlier: 'Phó Chủ tịch HĐND',
    },
    {
      position: 'Chủ tịch UBND',
      organ: 'ubnd',
      duties:
        'Lãnh đạo, điều hành chung hoạt động của UBND; trực tiếp phụ trách tài chính - ngân sách, đất đai, tiếp công dân và cải cách hành chính.',
      earlier: 'Phó Chủ tịch UBND',
    },
    {
      position: 'Phó Chủ tịch UBND',
      organ: 'ubnd',
      duties:
        'Phụ trách lĩnh vực kinh tế: nông nghiệp, thủy lợi, giao thông, xây dựng, phòng, chống thiên tai và xây dựng {ntm}.',
      earlier: 'công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường',
    },
    {
      position: 'Phó Chủ tịch UBND',
      organ: 'ubnd',
      duties:
        'Phụ trách lĩnh vực văn hóa - xã hội: giáo dục, y tế, lao động, an sinh xã hội, dân tộc, tôn giáo và chuyển đổi số.',
      earlier: 'công chức Văn hóa - Xã hội',
    },
    {
      position: 'Chủ tịch Ủy ban MTTQ Việt Nam',
      organ: 'mttq',
      duties:
        'Chủ trì công tác Mặt trận; tập hợp, vận động nhân dân, thực hiện giám sát và phản biện xã hội; phụ trách Quỹ “Vì người nghèo”.',
      earlier: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam',
    },
    {
      position: 'Bí thư Đoàn TNCS Hồ Chí Minh',
      organ: 'doan-the',
      duties:
        'Lãnh đạo hoạt động của Đoàn Thanh niên; phụ trách phong trào thanh niên tình nguyện, khởi nghiệp và tổ công nghệ số cộng đồng.',
      earlier: 'Phó Bí thư Đoàn',
    },
  ]
  // One or two officials are Khmer, as in many An Giang communes (Tri Tôn, Tịnh Biên...).
  const khmerSlots = new Set(rng.shuffle([4, 5, 6, 7]).slice(0, rng.chance(0.5) ? 2 : 1))
  const usedMail = new Set<string>()
  const fill = makeFiller(ctx, rng, nowMs)
  const degrees = [
    'Đại học Luật',
    'Đại học Kinh tế',
    'Đại học Nông nghiệp',
    'Đại học Hành chính',
    'Đại học Sư phạm',
    'Thạc sĩ Quản lý công',
  ] as const
  return roles.map((r, i) => {
    const female = rng.chance(i === 7 ? 0.5 : 0.3)
    const name = newName({ female, khmer: khmerSlots.has(i) })
    let local = mailbox(name)
    for (let n = 2; usedMail.has(local); n++) local = `${mailbox(name)}${n}`
    usedMail.add(local)
    const born = i === 7 ? rng.int(year - 34, year - 27) : rng.int(year - 56, year - 38)
    const [ap] = rng.shuffle(ctx.hamlets)
    const politics = i < 4 ? 'Cao cấp' : i === 7 ? 'Trung cấp' : rng.pick(['Cao cấp', 'Trung cấp'])
    return {
      name,
      position: r.position,
      organ: r.organ,
      duties: fill(r.duties),
      biography: `Sinh năm ${born}, quê ${ap}, ${ctx.inText}. Trình độ chuyên môn ${rng.pick(degrees)}, lý luận chính trị ${politics}. Từng giữ chức vụ ${r.earlier} trước khi được bầu, phân công giữ chức vụ hiện nay.`,
      phone: fakePhone(rng),
      email: `${local}@${ctx.slug}.angiang.gov.vn`,
      order: i + 1,
      demo: true,
    }
  })
}

const buildPosts = (
  ctx: Ctx,
  rng: Rng,
  newName: ReturnType<typeof makeNamer>,
  nowMs: number,
  count: number,
): DemoPost[] => {
  const used = new Set<string>()
  const order: PostTemplate[] = []
  while (order.length < count) order.push(...rng.shuffle(POST_TEMPLATES))
  const reporters = Array.from({ length: 4 }, () => newName())
  const featured = new Set(rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, Math.min(3, count)))
  const reprints = new Set(rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, Math.round(count / 5)))
  // Newest first: spread over the last 90 days (never in the future, never older than 89.5 days).
  const offsets = Array.from({ length: count }, () => rng.int(30, 89 * 24 * 60 + 12 * 60)).sort((a, b) => a - b)
  return order.slice(0, count).map((t, i) => {
    const publishedMs = nowMs - offsets[i]! * MINUTE
    const fill = makeFiller(ctx, rng, publishedMs, [t.title, t.excerpt, ...t.body])
    const title = fill(t.title)
    const bodyCount = Math.min(t.body.length, rng.int(2, 4))
    const body = [t.body[0]!, ...rng.shuffle(t.body.slice(1)).slice(0, bodyCount - 1)].map(fill)
    const twoAuthors = rng.chance(0.35)
    const [a1, a2] = rng.shuffle(reporters)
    const share = rng.pick([50, 60, 70])
    const reprint = reprints.has(i)
    const genre = t.genre ?? (rng.chance(0.8) ? 'tin' : 'bai')
    return {
      title: DEMO_TITLE(title),
      slug: uniqueSlug(used, title),
      excerpt: fill(t.excerpt),
      content: lexicalFromParagraphs([demoIntro(ctx), ...body]),
      categorySlugs: [...t.cats],
      publishedAt: iso(publishedMs),
      authors: twoAuthors
        ? [
            { name: a1!, share },
            { name: a2!, share: 100 - share },
          ]
        : [{ name: a1!, share: 100 }],
      photographers: [{ name: rng.pick(reporters) }],
      genre,
      origin: reprint ? 'reprint' : 'original',
      source: reprint ? rng.pick(REPRINT_SOURCES) : undefined,
      coverImageIndex: rng.int(0, 2),
      featured: featured.has(i),
      demo: true,
    }
  })
}

const buildAnnouncements = (ctx: Ctx, rng: Rng, nowMs: number, count: number): DemoAnnouncement[] => {
  const used = new Set<string>()
  const [emergency, ...rest] = ANNOUNCEMENT_TEMPLATES
  const order: AnnouncementTemplate[] = []
  while (order.length < count) order.push(...rng.shuffle(rest))
  // The flood warning always shows (second, so the first item stays an ordinary notice).
  order.splice(Math.min(1, count - 1), 0, emergency!)
  return order.slice(0, count).map((t, i) => {
    const fill = makeFiller(ctx, rng, nowMs, [t.title, ...t.body])
    const title = fill(t.title)
    // The last one has already expired, so the "expired" state can be seen in the admin.
    const expired = count > 1 && i === count - 1
    const validFrom = expired ? nowMs - rng.int(30, 60) * DAY : nowMs - rng.int(1, 12) * DAY - rng.int(0, 600) * MINUTE
    const validUntil = expired ? nowMs - rng.int(2, 10) * DAY : nowMs + rng.int(14, 56) * DAY
    return {
      title: DEMO_TITLE(title),
      slug: uniqueSlug(used, title),
      content: lexicalFromParagraphs([demoIntro(ctx), ...t.body.map(fill)]),
      urgency: t.urgency,
      validFrom: iso(validFrom),
      validUntil: iso(validUntil),
      demo: true,
    }
  })
}

const buildDocuments = (
  ctx: Ctx,
  rng: Rng,
  officials: DemoOfficial[],
  nowMs: number,
  count: number,
): DemoDocument[] => {
  const used = new Set<string>()
  const usedNumbers = new Set<string>()
  const now = new Date(nowMs)
  const startPrevYear = Date.UTC(now.getUTCFullYear() - 1, 0, 2)
  const span = Math.max(1, Math.min(500, Math.floor((nowMs - startPrevYear) / DAY)))
  const order: DocTemplate[] = []
  while (order.length < count) order.push(...rng.shuffle(DOC_TEMPLATES))
  const chairUbnd = officials.find((o) => o.position === 'Chủ tịch UBND')!
  const viceUbnd = officials.filter((o) => o.position === 'Phó Chủ tịch UBND')
  const chairHdnd = officials.find((o) => o.position === 'Chủ tịch HĐND')!
  const upperName = ctx.inText.toLocaleUpperCase('vi')
  return order
    .slice(0, count)
    .map((t) => ({ t, issueMs: nowMs - rng.int(1, span) * DAY - rng.int(0, 480) * MINUTE }))
    .sort((a, b) => b.issueMs - a.issueMs)
    .map(({ t, issueMs }) => {
      const issue = new Date(issueMs)
      const year = issue.getUTCFullYear()
      const fill = makeFiller(ctx, rng, issueMs, [t.title, t.summary])
      const abbr = DOC_ABBR[t.docType]
      const dayOfYear = Math.floor((issueMs - Date.UTC(year, 0, 1)) / DAY) + 1
      let n = Math.max(1, Math.round(dayOfYear * abbr.perDay) + rng.int(0, 3))
      let number = `${pad2(n)}/${abbr.code}`
      while (usedNumbers.has(`${number}-${year}`)) number = `${pad2(++n)}/${abbr.code}`
      usedNumbers.add(`${number}-${year}`)
      const title = fill(t.title)
      const summary = fill(t.summary)
      const hdnd = t.docType === 'nghi-quyet'
      const vice = rng.pick(viceUbnd)
      const signer = hdnd
        ? { name: chairHdnd.name, position: 'Chủ tịch HĐND' }
        : rng.chance(0.6)
          ? { name: chairUbnd.name, position: 'Chủ tịch UBND' }
          : { name: vice.name, position: 'Phó Chủ tịch UBND' }
      const delay = t.docType === 'nghi-quyet' ? rng.int(5, 10) : t.docType === 'quyet-dinh' ? rng.int(0, 3) : 0
      const issuer = `${hdnd ? 'HĐND' : 'UBND'} ${ctx.name}`
      return {
        number,
        title: DEMO_TITLE(title),
        slug: uniqueSlug(used, `${number} ${year}`),
        docType: t.docType,
        issuer,
        signer,
        issueDate: iso(issueMs),
        effectiveDate: iso(Math.min(nowMs, issueMs + delay * DAY)),
        field: t.field,
        summary,
        pdfTitleLines: [
          `${hdnd ? 'HỘI ĐỒNG NHÂN DÂN' : 'ỦY BAN NHÂN DÂN'} ${upperName}`,
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc',
          `Số: ${number} - ${ctx.bare}, ${longDate(issueMs)}`,
          abbr.label,
          // The document type is printed above, so the excerpt drops its leading type word.
          capitalize(title.replace(/^V\/v /u, 'về việc ').replace(new RegExp(`^${abbr.label}\\s+`, 'iu'), '')),
          summary,
          `${signer.position.toLocaleUpperCase('vi')}: ${signer.name}`,
          '[Demo] Tài liệu minh họa, không có giá trị pháp lý.',
        ],
        demo: true,
      }
    })
}

const buildDisclosures = (ctx: Ctx, rng: Rng, nowMs: number, rounds: number): DemoDisclosure[] => {
  const used = new Set<string>()
  const out: DemoDisclosure[] = []
  for (let r = 0; r < rounds; r++) {
    // Exactly two per round are published late (10+ days after the decision), on purpose:
    // the compliance report must flag them.
    const late = new Set(rng.shuffle(DISCLOSURE_CATEGORIES.map((c) => c.value)).slice(0, 2))
    for (const c of DISCLOSURE_CATEGORIES) {
      const isLate = late.has(c.value)
      const gap = isLate ? rng.int(10, 20) : rng.int(1, 4)
      const publication = nowMs - (r * 120 + rng.int(1, 100)) * DAY - rng.int(0, 480) * MINUTE
      const decision = publication - gap * DAY
      const t = DISCLOSURE_TEMPLATES[c.value]
      const fill = makeFiller(ctx, rng, decision, [t.title, ...t.body])
      const title = fill(t.title)
      out.push({
        title: DEMO_TITLE(title),
        slug: uniqueSlug(used, title),
        category: c.value,
        decisionDate: iso(decision),
        publicationDate: iso(publication),
        content: lexicalFromParagraphs([demoIntro(ctx), { heading: c.label }, ...t.body.map(fill)]),
        demo: true,
      })
    }
  }
  return out
}

const buildProcedures = (rng: Rng, count: number): DemoProcedure[] => {
  const used = new Set<string>()
  // Civil status and certification first (the most requested), then a seeded mix of the rest.
  const [core, more] = [PROCEDURE_TEMPLATES.slice(0, 7), rng.shuffle(PROCEDURE_TEMPLATES.slice(7))]
  const order: ProcedureTemplate[] = [...core, ...more]
  while (order.length < count) order.push(...PROCEDURE_TEMPLATES)
  return order.slice(0, count).map((p) => ({
    name: p.name,
    slug: uniqueSlug(used, p.name),
    code: p.code,
    field: p.field,
    processingTime: p.processingTime,
    fee: p.fee,
    nationalPortalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`,
    demo: true,
  }))
}

const buildPages = (ctx: Ctx, rng: Rng, officials: DemoOfficial[], nowMs: number): DemoPage[] => {
  const fill = makeFiller(ctx, rng, nowMs)
  const intro = demoIntro(ctx)
  const chair = officials.find((o) => o.position === 'Chủ tịch UBND')
  const page = (slug: IntroPageSlug, body: LexicalBlock[]): DemoPage => ({
    ...INTRO_PAGES.find((p) => p.slug === slug)!,
    content: lexicalFromParagraphs([
      intro,
      ...body.map((b) => (typeof b === 'string' ? fill(b) : { heading: fill(b.heading) })),
    ]),
    demo: true,
  })
  const hamletList = ctx.hamlets.slice(0, rng.int(4, 6)).join(', ')
  return [
    page('gioi-thieu', [
      `${capitalize(ctx.inText)} thuộc ${ctx.district}, tỉnh An Giang, nằm ở vùng Đồng bằng sông Cửu Long.`,
      'Trang này giới thiệu tổng quan, lịch sử hình thành, điều kiện tự nhiên, bản đồ hành chính và các di tích, danh thắng của địa phương.',
    ]),
    page('tong-quan', [
      { heading: 'Diện tích và dân số' },
      `Diện tích tự nhiên khoảng {a:1500-4500~10} ha; dân số khoảng {b:9000-28000~100} người, gồm đồng bào Kinh, Khmer, Hoa và Chăm cùng sinh sống.`,
      { heading: 'Đơn vị hành chính' },
      `Địa bàn được chia thành các ${ctx.hamletWord}: ${hamletList}.`,
      'Kinh tế chủ yếu là sản xuất lúa, hoa màu, nuôi thủy sản và thương mại - dịch vụ; địa phương đang tập trung xây dựng {ntm}.',
    ]),
    page('lich-su', [
      'Vùng đất {ten} được khai phá từ thế kỷ XVIII - XIX, khi lưu dân người Việt cùng đồng bào Khmer, Hoa, Chăm đến lập nghiệp dọc các dòng sông, kênh rạch.',
      'Trong hai cuộc kháng chiến, nhân dân địa phương đã đóng góp nhiều sức người, sức của cho cách mạng. Sau ngày giải phóng, {xa} nhiều lần được điều chỉnh địa giới hành chính để phù hợp yêu cầu phát triển.',
      '(Nội dung lịch sử mang tính minh họa; địa phương cần thay bằng tư liệu chính thức.)',
    ]),
    page('dieu-kien-tu-nhien', [
      'Địa hình tương đối bằng phẳng, đất phù sa màu mỡ, hệ thống kênh rạch chằng chịt thuận lợi cho sản xuất nông nghiệp và giao thông thủy.',
      'Khí hậu nhiệt đới gió mùa với hai mùa rõ rệt: mùa mưa từ tháng 5 đến tháng 11 và mùa khô từ tháng 12 đến tháng 4 năm sau. Hằng năm, từ tháng 8 đến tháng 11 là mùa nước nổi, mang phù sa bồi đắp đồng ruộng.',
    ]),
    page('ban-do-hanh-chinh', [
      `Bản đồ thể hiện ranh giới ${ctx.inText} và các ${ctx.hamletWord}: ${hamletList}.`,
      'Bản đồ chỉ có giá trị tham khảo; ranh giới chính thức theo hồ sơ địa giới hành chính do cơ quan có thẩm quyền phê duyệt.',
    ]),
    page('di-tich-danh-thang', [
      'Địa phương có đình làng, chùa Khmer, chùa, nhà thờ và miếu Bà mang đậm dấu ấn văn hóa của các dân tộc anh em.',
      'Hằng năm, các lễ hội truyền thống như Chol Chnam Thmay, Sene Dolta, Ok Om Bok và lễ Kỳ yên ở đình làng thu hút đông đảo người dân tham gia.',
    ]),
    page('tiep-can-thong-tin', [
      { heading: 'Quyền tiếp cận thông tin của công dân' },
      'Theo Luật Tiếp cận thông tin năm 2016, công dân được tiếp cận thông tin do UBND {xa} tạo ra, trừ thông tin không được tiếp cận hoặc tiếp cận có điều kiện theo quy định.',
      { heading: 'Đầu mối cung cấp thông tin' },
      `Văn phòng HĐND và UBND ${ctx.inText} là đầu mối tiếp nhận yêu cầu cung cấp thông tin. Yêu cầu có thể gửi trực tiếp, qua bưu điện hoặc thư điện tử.`,
    ]),
    page('lien-he', [
      `Ủy ban nhân dân ${ctx.inText}`,
      `Địa chỉ: Trụ sở UBND ${ctx.name}, ${ctx.district}, tỉnh An Giang.`,
      `Điện thoại: ${fakePhone(rng)} - Thư điện tử: ubnd@${ctx.slug}.angiang.gov.vn`,
      `Chủ tịch UBND: ${chair?.name ?? ''}. Giờ làm việc: sáng 7 giờ - 11 giờ, chiều 13 giờ - 17 giờ, từ thứ Hai đến thứ Sáu.`,
    ]),
  ]
}

const buildQuestions = (
  ctx: Ctx,
  rng: Rng,
  newName: ReturnType<typeof makeNamer>,
  nowMs: number,
  count: number,
): DemoQuestion[] => {
  const order: QuestionTemplate[] = []
  while (order.length < count) order.push(...rng.shuffle(QUESTION_TEMPLATES))
  return order.slice(0, count).map((t) => {
    const fill = makeFiller(ctx, rng, nowMs, [t.question, t.answer])
    const name = newName()
    const consent = nowMs - rng.int(10, 75) * DAY - rng.int(0, 600) * MINUTE
    const answered = Math.min(nowMs, consent + rng.int(2, 8) * DAY)
    return {
      askerName: name,
      askerContact: rng.chance(0.6) ? fakeMobile(rng) : `${mailbox(name)}${rng.int(70, 99)}@example.com`,
      question: fill(t.question),
      consentAt: iso(consent),
      noticeVersion: '2025-01',
      answer: fill(t.answer),
      answeredAt: iso(answered),
      published: true,
      demo: true,
    }
  })
}

/** Builds the whole demo content of one commune. Pure: same input, same output. */
export function buildDemoContent(input: DemoContentInput): DemoContent {
  const scale = input.scale !== undefined && Number.isFinite(input.scale) && input.scale > 0 ? input.scale : 1
  const nowMs = input.now.getTime()
  const rng = makeRng(`demo:${input.commune.code}:${input.commune.slug}`)
  const ctx = makeCtx(input.commune, rng)
  const newName = makeNamer(rng)
  const officials = buildOfficials(ctx, rng, newName, nowMs)
  return {
    categories: buildCategories(makeFiller(ctx, rng, nowMs)),
    posts: buildPosts(ctx, rng, newName, nowMs, scaled(20, scale)),
    announcements: buildAnnouncements(ctx, rng, nowMs, scaled(5, scale)),
    documents: buildDocuments(ctx, rng, officials, nowMs, scaled(10, scale)),
    officials,
    disclosures: buildDisclosures(ctx, rng, nowMs, Math.max(1, Math.round(scale))),
    procedures: buildProcedures(rng, scaled(10, scale)),
    pages: buildPages(ctx, rng, officials, nowMs),
    questions: buildQuestions(ctx, rng, newName, nowMs, scaled(3, scale)),
  }
}
