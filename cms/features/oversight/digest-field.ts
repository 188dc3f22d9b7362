import type { Field, FieldAccess } from 'payload'
import { asRoleUser, idOf, type ID } from '../../access/roles'

/** The account's owner only turns their own digest on or off. */
const ownAccount: FieldAccess = ({ req, doc, id }) => {
  const user = asRoleUser(req.user)
  const target: ID | undefined = idOf((doc as { id?: ID } | undefined)?.id) ?? id
  return Boolean(user && target !== undefined && String(user.id) === String(target))
}

/** The owner and the province admin see the choice. */
const ownAccountOrProvince: FieldAccess = (args) =>
  ownAccount(args) || asRoleUser(args.req.user)?.globalRole === 'province-admin'

/** Each person's choice of the weekly oversight email, on their account page; on unless turned off. */
export const weeklyDigestField: Field = {
  name: 'weeklyDigest',
  type: 'checkbox',
  defaultValue: true,
  label: { vi: 'Nhận báo cáo giám sát hằng tuần qua thư điện tử', en: 'Weekly oversight digest by email' },
  admin: {
    description: {
      vi: 'Trưởng ban: mục còn trống, công khai quá hạn, câu hỏi chưa trả lời của đơn vị. Quản trị tỉnh: các đơn vị không cập nhật hoặc chưa đạt.',
      en: 'Chiefs: empty sections, overdue disclosures, unanswered questions. Province admins: stale and non-compliant communes.',
    },
  },
  access: { create: () => false, read: ownAccountOrProvince, update: ownAccount },
}
