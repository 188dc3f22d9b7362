/** The levels of a province alert, most urgent last; the sites colour and order them by it. */
export const ALERT_LEVELS = [
  { value: 'info', label: { vi: 'Thông tin', en: 'Information' } },
  { value: 'important', label: { vi: 'Quan trọng', en: 'Important' } },
  { value: 'emergency', label: { vi: 'Khẩn cấp', en: 'Emergency' } },
] as const
export type AlertLevel = (typeof ALERT_LEVELS)[number]['value']

export const ALERT_TARGETS = [
  { value: 'all', label: { vi: 'Tất cả xã, phường', en: 'All communes' } },
  { value: 'districts', label: { vi: 'Một số huyện/khu vực', en: 'Some districts or regions' } },
  { value: 'communes', label: { vi: 'Một số xã, phường', en: 'Some communes' } },
] as const

export const levelLabel = (level: string): string =>
  ALERT_LEVELS.find((l) => l.value === level)?.label.vi ?? 'Thông tin'

export const levelRank = (level: string): number => ALERT_LEVELS.findIndex((l) => l.value === level)
