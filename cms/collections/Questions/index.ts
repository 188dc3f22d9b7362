import type { CollectionConfig } from 'payload'
import { demoField } from '../../fields/demo'
import { communeHooks } from '../shared'
import { boardOnly, chiefOnly, questionsAccess, staffOfTheCommune } from './access'
import { recordConsent } from './hooks'
import { submitQuestion } from './submit-question'

/** Hỏi đáp - Góp ý: citizens' questions, the board's answers, and the consent record. */
export const Questions: CollectionConfig = {
  slug: 'questions',
  graphQL: { singularName: 'Question', pluralName: 'Questions' },
  access: questionsAccess,
  endpoints: [submitQuestion],
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'askerName', 'status', 'published', 'createdAt'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  labels: { singular: { vi: 'Hỏi đáp', en: 'Question' }, plural: { vi: 'Hỏi đáp - Góp ý', en: 'Questions' } },
  fields: [
    { name: 'askerName', type: 'text', required: true, maxLength: 120, label: { vi: 'Họ tên người hỏi', en: 'Name' } },
    {
      name: 'askerContact',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Số điện thoại hoặc thư điện tử (không công khai)', en: 'Contact (never public)' },
      access: { read: staffOfTheCommune },
    },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      label: { vi: 'Nội dung câu hỏi', en: 'Question' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: { vi: 'Đồng ý cho xử lý dữ liệu cá nhân', en: 'Consent to processing' },
      validate: (value: unknown) =>
        value === true ? true : 'Đồng ý xử lý dữ liệu cá nhân: cần đánh dấu để gửi câu hỏi.',
      access: { read: staffOfTheCommune },
    },
    {
      name: 'consentAt',
      type: 'date',
      label: { vi: 'Thời điểm đồng ý', en: 'Consent given at' },
      access: { read: staffOfTheCommune, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'noticeVersion',
      type: 'text',
      label: { vi: 'Phiên bản thông báo', en: 'Notice version' },
      access: { read: staffOfTheCommune, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      label: { vi: 'Tình trạng', en: 'Status' },
      access: { create: boardOnly, update: boardOnly },
      options: [
        { value: 'pending', label: { vi: 'Chờ trả lời', en: 'Pending' } },
        { value: 'answered', label: { vi: 'Đã trả lời', en: 'Answered' } },
        { value: 'rejected', label: { vi: 'Không trả lời', en: 'Rejected' } },
      ],
    },
    {
      name: 'answer',
      type: 'textarea',
      label: { vi: 'Trả lời', en: 'Answer' },
      access: { create: boardOnly, update: boardOnly },
    },
    {
      name: 'answeredAt',
      type: 'date',
      label: { vi: 'Ngày trả lời', en: 'Answered at' },
      access: { create: boardOnly, update: boardOnly },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Công khai câu trả lời', en: 'Published' },
      access: { create: chiefOnly, update: chiefOnly },
    },
    demoField(),
  ],
  hooks: communeHooks({ workflow: false, beforeChange: [recordConsent] }),
}
