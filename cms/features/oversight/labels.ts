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
