import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { provinceAdminOnly } from './access/provinceAdminOnly'
import { Announcements } from './collections/Announcements'
import { AuditLogs } from './collections/AuditLogs'
import { BuildLeases } from './collections/BuildLeases'
import { Categories } from './collections/Categories'
import { Communes } from './collections/Communes'
import { Disclosures } from './collections/Disclosures'
import { Districts } from './collections/Districts'
import { Documents } from './collections/Documents'
import { Media } from './collections/Media'
import { Officials } from './collections/Officials'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Procedures } from './collections/Procedures'
import { Questions } from './collections/Questions'
import { SiteSettings } from './collections/SiteSettings'
import { Users } from './collections/Users'
import { backgroundForgotPasswordMutation } from './collections/Users/forgot-password'
import {
  alertsPlugin,
  communeTenancyPlugin,
  ownUploadsPlugin,
  editorialActionsPlugin,
  firstPublishedPlugin,
  holidaysPlugin,
  lifecyclePlugin,
  mediaVisibilityPlugin,
  menuEditorPlugin,
  myWorkPlugin,
  notificationsPlugin,
  oversightPlugin,
  pageFeedbackPlugin,
  photoUploadsPlugin,
  previewPlugin,
  provincePlugin,
  provisioningPlugin,
  publishingPlugin,
  royaltiesPlugin,
  reorganisationPlugin,
  syndicationPlugin,
  themePickerPlugin,
  twoFactorPlugin,
  vietnameseAdminPlugin,
  withLockedDocumentsGuard,
  wordImportPlugin,
} from './features'
import { richTextEditor } from './fields/rich-text'
import { auditFailedLogin } from './hooks/auditFailedLogin'
import { withNormalizedText } from './hooks/normalizeUnicode'
import { databaseAdapter } from './runtime/database'
import { secret } from './runtime/secret'
import { authThrottle } from './security/auth-throttle'
import { queryLimitsPlugin } from './security/query-limits/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's development-mode check that every @payloadcms package has exactly payload's version
// would stop every start: @payloadcms/email-nodemailer is published up to 3.90.1 while the core is
// 3.90.2 (package.json pins the rest to 3.90.2 and overrides the adapter's peer). Set before
// getPayload reads it, in every process that loads this config (server, CLI, workers, tests).
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

// Payload's document locks are made after the plugins run: they are guarded on the built config.
export default withLockedDocumentsGuard(
  buildConfig({
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' - Cổng thông tin cấp xã' },
      // No Gravatar: the admin must work on a closed network and send no address to third parties.
      avatar: 'default',
    },
    collections: [
      Communes,
      Districts,
      Users,
      Posts,
      Pages,
      Categories,
      Media,
      Documents,
      Officials,
      Announcements,
      Disclosures,
      Procedures,
      Questions,
      SiteSettings,
      AuditLogs,
      BuildLeases,
    ].map(withNormalizedText),
    db: databaseAdapter(),
    editor: richTextEditor(),
    hooks: { afterError: [auditFailedLogin] },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
    jobs: {
      // Scheduled publish and unpublish run from the default queue; the server process runs it.
      // Site builds have their own queues and tasks (publishingPlugin), run by build workers.
      autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
      shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
      // Only the province reads or runs jobs through the API; workers use the Local API.
      access: {
        queue: provinceAdminOnly,
        run: provinceAdminOnly,
        cancel: provinceAdminOnly,
      },
    },
    // In this order: each plugin sees what those before it added.
    plugins: [
      // The features first, so their hooks run right after the collections' own, as they always
      // did, and their fields come before those of the plugins below.
      publishingPlugin(),
      lifecyclePlugin(),
      provincePlugin(),
      provisioningPlugin(),
      // The board's day (issue 11): each feature adds its own collections, fields, endpoints and views.
      editorialActionsPlugin(),
      myWorkPlugin(),
      notificationsPlugin(),
      previewPlugin(),
      wordImportPlugin(),
      photoUploadsPlugin(),
      themePickerPlugin(),
      menuEditorPlugin(),
      // The province's oversight (issue 12): the calendar first, oversight and royalties read it.
      holidaysPlugin(),
      oversightPlugin(),
      royaltiesPlugin(),
      // The 2025 reorganisation (issue 13): origin of moved items, merged communes, redirects.
      reorganisationPlugin(),
      // Province-wide channels (issue 14): alerts.
      alertsPlugin(),
      // What citizens do on a page (issue 15): "Trang này có hữu ích không?".
      pageFeedbackPlugin(),
      // Shared news (issue 14): the province's newsroom and feeds, offered to the communes; posts' reprint fields.
      syndicationPlugin(),
      // Before the tenant plugin: only adds a field to the workflow collections.
      firstPublishedPlugin(),
      communeTenancyPlugin(),
      // A commune's documents name only its own files (the build copies every file they name).
      ownUploadsPlugin(),
      // After the tenant plugin: wraps its media read rule; uploads are public only when published content uses them.
      mediaVisibilityPlugin(),
      // GraphQL forgotPasswordUser answers at once and sends the mail afterwards, as REST does (no timing leak).
      backgroundForgotPasswordMutation,
      // Labels, dates and the province's name on every screen, those the plugins before it added too.
      vietnameseAdminPlugin(),
      // It gates every collection and global the plugins before it have added.
      twoFactorPlugin(),
      // Login and password-reset budgets on every auth door (REST, GraphQL), one per GraphQL request.
      authThrottle(),
      // Last: it limits every collection's REST/GraphQL operations, those added by plugins too.
      queryLimitsPlugin(),
    ],
    secret: secret(),
    sharp,
    telemetry: false,
    // Generated on demand (npm run payload generate:types), never as a side effect of a start.
    typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
    upload: {
      limits: { fileSize: 30 * 1024 * 1024 },
      responseOnLimit: 'Tệp tải lên: tệp vượt quá dung lượng tối đa 30 MB.',
    },
  }),
)
