/** The levels of a province alert, most urgent last; the sites colour and order them by it. */
export const ALERT_LEVELS = [
  { value: 'info', label: { vi: 'Thông tin', en: 'Information' } },
  { value: 'important', label: { vi: 'Quan trọng', en: 'Important' } },
  { value: 'emergency', label: { vi: 'Khẩn cấp', en: 'Emergency' } },
] as const
export type AlertLevel = (typeof ALERT_LEVELS)[number]['value']

export const levelLabel = (level: string): string =>
  ALERT_LEVELS.find((l) => l.value === level)?.label.vi ?? 'Thông tin'

export const levelRank = (level: string): number => ALERT_LEVELS.findIndex((l) => l.value === level)
