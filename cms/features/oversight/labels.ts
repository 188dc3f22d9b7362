import type { VisitsSnapshot } from './visits'

/** The site's build state as the province reads it (publishing's options). */
export const SITE_STATE_LABELS: Record<string, string> = {
  none: 'Chưa xây dựng',
  queued: 'Đang chờ xây dựng',
  building: 'Đang xây dựng',
  live: 'Đang hoạt động',
  failed: 'Lỗi lần xây dựng gần nhất',
}

/** What the visits column says when there are no figures. */
export const visitsStatusText = (status: VisitsSnapshot['status']): string =>
  status === 'unconfigured'
    ? 'Chưa có số liệu truy cập (chưa cấu hình Matomo)'
    : status === 'error'
      ? 'Chưa có số liệu truy cập (Matomo không phản hồi)'
      : 'Chưa có số liệu truy cập'

/**
 * The group of the communes of no district (none since 2025-07-01): their rows' `district`,
 * the filter's choice and the chart's series. Listed after the districts.
 */
export const NO_DISTRICT_LABEL = 'Không thuộc huyện/khu vực'

/** The `district` query value that asks for the communes of no district. */
export const NO_DISTRICT_QUERY = 'none'

/** Districts by name, the communes of no district last. */
export const compareDistricts = (a: string, b: string): number =>
  Number(a === NO_DISTRICT_LABEL) - Number(b === NO_DISTRICT_LABEL) || a.localeCompare(b, 'vi')
