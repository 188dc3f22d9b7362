/**
 * `npm run provision -- --name "Xã Mỹ Khánh" --code 30310 [--district "Thành phố Long Xuyên"] --theme 7
 *    [--type xa|phuong|thi-tran] [--domain mykhanh.longxuyen.angiang.gov.vn ...] [--board board.csv] [--reinvite] [--json]`
 *   provisions one commune and returns once its site is served (cms/provisioning/provision.ts).
 *   The district is optional: since 2025-07-01 there are none (a region of the province may stand for one).
 * `npm run provision -- --from <units.csv|units.json> [--json]`
 *   provisions a whole list, then builds the new sites in one batch (cms/provisioning/bulk.ts).
 *
 * Works whether or not the server runs on the same DATA_DIR. Exit codes: 0 done, 1 a unit or a
 * site failed, 2 invalid input, 130 interrupted (run it again to resume).
 */
import fs from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { StartupError } from '../cms/boot-errors'
import { stopOnSignal } from './lib/stop-on-signal'
import type { BulkSummary } from '../cms/features/provisioning/bulk'
import type { BoardMember, ProvisionResult } from '../cms/features/provisioning/provision'
import type { UnitRow } from '../cms/features/provisioning/lists'
import type { CommuneType } from '../contract/vocabulary'

const USAGE = `Khởi tạo đơn vị / provision a commune:
  npm run provision -- --name "Xã Mỹ Khánh" --code 30310 [--district "Thành phố Long Xuyên"] --theme 7 \\
      [--type xa|phuong|thi-tran] [--domain <tên miền> ...] [--board board.csv] [--reinvite] [--json]
  npm run provision -- --from <danh-sach.csv|danh-sach.json> [--json]

  --district  huyện (hoặc khu vực) theo tên hoặc mã; bỏ qua khi đơn vị không thuộc huyện (từ 01/7/2025)
  --board   CSV có dòng tiêu đề name,email,role; vai trò: trưởng ban / biên tập / cộng tác viên
            (chief / editor / contributor)
  --from    CSV name,type,code[,district,district_code,theme,domains] hoặc JSON (cột district có thể trống)
            (định dạng cms/features/provisioning/data/an-giang-2023.json, hoặc mảng {name,type,code,district,theme,domains})
  --reinvite  gửi lại lời mời cho thành viên đã có tài khoản
  --json    in kết quả dạng JSON (một dòng, cuối cùng)`

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    code: { type: 'string' },
    district: { type: 'string' },
    theme: { type: 'string' },
    type: { type: 'string' },
    domain: { type: 'string', multiple: true },
    board: { type: 'string' },
    from: { type: 'string' },
    reinvite: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
})

const out = (line = '') => console.log(line)
const err = (line: string) => console.error(line)
const actor = `npm run provision (${os.userInfo().username}@${os.hostname()})`

const readFile = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (e) {
    err(`Không đọc được tệp ${file}: ${(e as Error).message}`)
    process.exit(2)
  }
}

const printBulkSummary = (summary: BulkSummary, total: number) => {
  out('')
  out(
    `Kết quả: tạo mới ${summary.created}, tiếp tục ${summary.resumed}, đã có ${summary.skipped}, lỗi ${summary.failed} (${summary.units.length}/${total} đơn vị, ${summary.seconds.toFixed(1)} giây); trang đã xây dựng ${summary.built}.`,
  )
  if (summary.units.every((u) => !u.invitations.length))
    out(
      'Danh sách không có ban biên tập: không tạo tài khoản nào (thêm bằng --board cho từng đơn vị, hoặc trong trang quản trị).',
    )
  for (const u of summary.units.filter((x) => x.status === 'failed'))
    out(`  LỖI dòng ${u.row} (mã ${u.code || '?'}) ${u.name || ''}: ${u.reason}`)
  for (const u of summary.units.filter((x) => x.warnings.length))
    for (const w of u.warnings) out(`  Cảnh báo ${u.name}: ${w}`)
  for (const f of summary.buildFailed) out(`  LỖI xây dựng trang ${f.slug}: ${f.error}`)
  if (summary.interrupted)
    out(`Đã dừng giữa chừng: chạy lại lệnh để khởi tạo ${total - summary.units.length} đơn vị còn lại.`)
}

/** `--from`: the whole list, then its sites in one batch. */
const provisionList = async (payload: Payload, units: UnitRow[]): Promise<number> => {
  const { provisionMany } = await import('../cms/features/provisioning/bulk')
  out(`${units.length} đơn vị trong ${values.from}.`)
  const summary = await provisionMany(payload, units, {
    log: out,
    shouldStop: stopOnSignal(),
    reinvite: values.reinvite,
    actor,
  })
  printBulkSummary(summary, units.length)
  if (values.json)
    out(
      JSON.stringify({
        summary: {
          ...summary,
          units: summary.units.map(({ invitations, ...u }) => ({
            ...u,
            invitations: invitations.map((i) => ({ ...i })),
          })),
        },
      }),
    )
  return summary.interrupted ? 130 : summary.failed || summary.buildFailed.length ? 1 : 0
}

/** Whether the commune is live and its site served. */
const isServed = async (payload: Payload, id: number | string): Promise<boolean> => {
  const state = (await payload.findByID({ collection: 'communes', id, depth: 0, overrideAccess: true })) as {
    status?: string
    site?: { state?: string | null } | null
  }
  return state.status === 'live' && state.site?.state === 'live'
}

const printResult = async (result: ProvisionResult, live: boolean, board: BoardMember[]) => {
  const { ROLE_LABELS_VI } = await import('../cms/features/provisioning/invitations')
  out(
    `${result.commune.name} (${result.commune.slug}): ${result.created ? 'đã khởi tạo' : result.changed ? 'đã hoàn tất phần còn thiếu' : 'đã có, không thay đổi gì'}.`,
  )
  for (const step of result.steps) out(`  - ${step}`)
  for (const warning of result.warnings ?? []) out(`  ! ${warning}`)
  out(`Trang: ${result.siteUrl}${live ? '' : ' (chưa phục vụ)'}`)
  out(`Matomo idsite: ${result.matomoSiteId ?? 'chưa có'}`)
  if (result.invitations.length) {
    out('Lời mời:')
    for (const i of result.invitations)
      out(
        `  ${i.name} <${i.email}> (${ROLE_LABELS_VI[i.role]}): ${i.emailed ? 'đã gửi thư mời' : values.json ? 'liên kết mời trong kết quả JSON' : `${i.link}  (chỉ hiện lần này: hãy trao cho người này)`}`,
      )
  } else if (!board.length) out('Không có ban biên tập (--board): chưa tạo tài khoản nào.')
}

/** One commune, returned once its site is served. */
const provisionOne = async (payload: Payload, board: BoardMember[]): Promise<number> => {
  const { provisionCommune, ProvisionError } = await import('../cms/features/provisioning/provision')
  try {
    const result = await provisionCommune(
      payload,
      {
        name: values.name ?? '',
        type: values.type as CommuneType | undefined,
        code: values.code ?? '',
        district: values.district ?? '',
        theme: values.theme === undefined ? 1 : Number(values.theme),
        domains: values.domain ?? [],
        board,
      },
      { build: 'now', reinvite: values.reinvite, actor, log: (line) => err(line) },
    )
    const live = await isServed(payload, result.commune.id)
    await printResult(result, live, board)
    if (values.json) out(JSON.stringify({ result, live }))
    return live ? 0 : 1
  } catch (e) {
    if (!(e instanceof ProvisionError)) throw e
    for (const p of e.errors) err(p.message)
    if (values.json) out(JSON.stringify({ errors: e.errors }))
    return 2
  }
}

const main = async (): Promise<number> => {
  if (values.help || (!values.from && !values.name)) {
    out(USAGE)
    return values.help ? 0 : 2
  }
  const { parseBoardCsv, parseUnitsFile } = await import('../cms/features/provisioning/lists')
  // Parse the files before booting, so a bad list costs no start-up.
  const board = values.board ? parseBoardCsv(readFile(values.board)) : { members: [], problems: [] }
  const list = values.from ? parseUnitsFile(readFile(values.from), values.from) : null
  const problems = [...board.problems, ...(list?.problems ?? [])]
  if (problems.length) {
    for (const p of problems) err(p.message)
    return 2
  }

  const { bootPayload } = await import('../cms/boot')
  const { closeSiteBuilder } = await import('../cms/features/publishing/build-sites')
  const { retryPendingMatomoAliases } = await import('../cms/features/provisioning/matomo-aliases')
  const payload = await bootPayload()
  try {
    await retryPendingMatomoAliases(payload, { log: (line) => err(line) })
    return list ? await provisionList(payload, list.units) : await provisionOne(payload, board.members)
  } finally {
    await closeSiteBuilder()
    await payload.destroy().catch(() => undefined)
  }
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    err(e instanceof StartupError ? e.message : String((e as Error)?.stack ?? e))
    process.exit(1)
  })
