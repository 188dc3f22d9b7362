import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { asRoleUser, communeIdsWithRole, isDistrictViewer, isProvinceAdmin } from '../../access/roles'
import { auditContentDelete } from '../../hooks/auditContentChange'
import { FEEDBACK_COMMENT_MAX, FEEDBACK_PATH_MAX } from '../../../contract/page-feedback'
import { readFeedback } from './access'
import { submitFeedback } from './submit'
import { feedbackSummaryEndpoint } from './summary'

export const PAGE_FEEDBACK_SLUG = 'page-feedback'

const SUMMARY = '/features/page-feedback/components/FeedbackSummary#FeedbackSummary'

/** Shown in the admin to those who may read some ratings. */
const canSee = (user: unknown) =>
  isProvinceAdmin(user) ||
  isDistrictViewer(user) ||
  communeIdsWithRole(asRoleUser(user), ['chief', 'editor']).length > 0

/**
 * "Trang này có hữu ích không?": one citizen's answer about one page of a commune's site. No
 * personal data: neither the address nor anything else about who answered is stored. Only the
 * public door writes (submit.ts); nobody edits an answer, only the province deletes one.
 */
export const PageFeedback: CollectionConfig = {
  slug: PAGE_FEEDBACK_SLUG,
  graphQL: { singularName: 'PageFeedback', pluralName: 'PageFeedbacks' },
  labels: {
    singular: { vi: 'Đánh giá trang', en: 'Page rating' },
    plural: { vi: 'Đánh giá trang', en: 'Page ratings' },
  },
  access: {
    read: readFeedback,
    create: nobody,
    update: nobody,
    delete: provinceAdminOnly,
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'path',
    defaultColumns: ['path', 'tenant', 'helpful', 'comment', 'createdAt'],
    hidden: ({ user }) => !canSee(user),
    description: {
      vi: 'Người dân trả lời “Trang này có hữu ích không?” ở cuối mỗi trang. Bảng tổng hợp cho biết số “Có”/“Không” theo từng trang; không lưu thông tin cá nhân của người gửi.',
      en: 'Citizens’ answers to “Was this page useful?”, with the yes/no counts per page; nothing about the sender is stored.',
    },
    components: { beforeListTable: [SUMMARY] },
  },
  defaultSort: '-createdAt',
  endpoints: [submitFeedback, feedbackSummaryEndpoint],
  fields: [
    {
      name: 'tenant',
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
      label: { vi: 'Đơn vị', en: 'Commune' },
    },
    {
      name: 'path',
      type: 'text',
      required: true,
      index: true,
      maxLength: FEEDBACK_PATH_MAX,
      label: { vi: 'Trang', en: 'Page' },
    },
    { name: 'helpful', type: 'checkbox', required: true, label: { vi: 'Hữu ích', en: 'Helpful' } },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: FEEDBACK_COMMENT_MAX,
      label: { vi: 'Góp ý', en: 'Comment' },
    },
  ],
  hooks: { afterDelete: [auditContentDelete] },
}
