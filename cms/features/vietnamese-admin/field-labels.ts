import type { Field } from 'payload'

type Label = { vi: string; en: string }

/**
 * Labels for fields their collection left unnamed: Payload would print the field's name as
 * English words ("Requested At", "Built From"), in list columns, filters and version diffs.
 * Keyed by field name; a field that carries its own label keeps it.
 */
export const FIELD_LABELS: Readonly<Record<string, Label>> = {
  // The commune's site state: the build workers' bookkeeping (cms/features/publishing/site-field.ts).
  requestedAt: { vi: 'Yêu cầu xây dựng lúc', en: 'Build requested at' },
  builtFrom: { vi: 'Nội dung tính đến', en: 'Content as of' },
  builtWith: { vi: 'Phiên bản bộ dựng trang', en: 'Generator version' },
  // Rows of the commune's arrays (domains, official social accounts).
  domain: { vi: 'Tên miền', en: 'Domain' },
  platform: { vi: 'Mạng xã hội', en: 'Platform' },
  url: { vi: 'Địa chỉ', en: 'Address' },
  // A user's memberships, the multi-tenant plugin's array on the users collection (tenancy).
  tenants: { vi: 'Đơn vị và vai trò', en: 'Communes and roles' },
  tenant: { vi: 'Đơn vị', en: 'Commune' },
}

/** Row labels of arrays ("Thêm: Đơn vị", "Đơn vị 01"), where the plugin that adds the array named its rows in English. */
const ARRAY_ROW_LABELS: Readonly<Record<string, { singular: Label; plural: Label }>> = {
  tenants: { singular: { vi: 'Đơn vị', en: 'Commune' }, plural: { vi: 'Đơn vị', en: 'Communes' } },
}

type Named = Field & { name: string; label?: unknown }

export const withFieldLabel = (input: Field): Field => {
  const rows = input.type === 'array' ? ARRAY_ROW_LABELS[input.name] : undefined
  const field = rows ? ({ ...input, labels: rows } as Field) : input
  if (!('name' in field) || ('label' in field && field.label !== undefined)) return field
  const label = FIELD_LABELS[(field as Named).name]
  return label ? ({ ...field, label } as Field) : field
}
