import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { nobody, ownAccountOnly, ownAccountOrProvince } from './access'
import { Notifications } from './collection'
import { notificationEmailAdapter } from './email-adapter'
import { forgetDeletedItem, notifyWorkflowChange } from './notify'
import { hasWorkflow } from './workflow-collections'

/** Each person's choice, on their own account page; on unless they turn it off. */
const emailNotificationsField: Field = {
  name: 'emailNotifications',
  type: 'checkbox',
  defaultValue: true,
  label: { vi: 'Nhận thông báo qua thư điện tử', en: 'Email notifications' },
  admin: {
    description: {
      vi: 'Gửi thư khi tin bài được gửi duyệt, bị trả lại hoặc được xuất bản.',
      en: 'Email me when an item is submitted, returned or published.',
    },
  },
  access: { create: nobody, read: ownAccountOrProvince, update: ownAccountOnly },
}

const BELL = '/features/notifications/components/NotificationBell#NotificationBell'

const withNotices = (collection: CollectionConfig): CollectionConfig =>
  hasWorkflow(collection)
    ? extendCollection(collection, {
        hooks: { afterChange: [notifyWorkflowChange], afterDelete: [forgetDeletedItem] },
      })
    : collection

/**
 * Notices of submitted, returned and published items: the `notifications` collection, the
 * hooks on every workflow collection, the bell in the admin's header, the email preference on
 * each account, and email through Payload's nodemailer adapter when SMTP_URL is set.
 */
export { notifyBoardOfPublication } from './notify'

export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const email = notificationEmailAdapter()
    const collections = withCollections(config, {
      users: (users) => extendCollection(users, { fields: [emailNotificationsField] }),
    }).map(withNotices)
    return {
      ...config,
      ...(email ? { email } : {}),
      collections: [...collections, Notifications],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          actions: [...(config.admin?.components?.actions ?? []), BELL],
        },
      },
    }
  }
