import type { CheckboxField } from 'payload'

/** Marks seeded demo content so that it can be told apart and removed before going live. */
export const demoField = (): CheckboxField => ({
  name: 'demo',
  type: 'checkbox',
  label: { vi: 'Nội dung minh họa', en: 'Demo content' },
  defaultValue: false,
  admin: { position: 'sidebar', readOnly: true },
})
