import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
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
import { richTextEditor } from './fields/rich-text'
import { CommuneTemplate } from './globals/CommuneTemplate'
import { auditFailedLogin } from './hooks/auditFailedLogin'
import { withNormalizedText } from './hooks/normalizeUnicode'
import { databaseAdapter } from './runtime/database'
import { provinceAdminOnly } from './access/provinceAdminOnly'
import { secret } from './runtime/secret'
import { plugins } from './features'
import { withLockedDocumentsGuard } from './features/locked-documents'
import { queryLimitsPlugin } from './security/query-limits/plugin'
import { publishingJobs } from './features/publishing/tasks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's document locks are made after the plugins run: they are guarded on the built config.
export default withLockedDocumentsGuard(
  buildConfig({
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' - Cổng thông tin cấp xã' },
      // No Gravatar: the admin must work on a closed network and send no address to third parties.
      avatar: 'default',
      // The province admin's "new commune" form (reached from the Communes list).
      components: {
        views: {
          provision: {
            Component: '/features/provisioning/components/ProvisionView#ProvisionView',
            path: '/provision',
            meta: { title: 'Khởi tạo đơn vị mới' },
          },
        },
      },
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
    globals: [CommuneTemplate],
    editor: richTextEditor(),
    hooks: { afterError: [auditFailedLogin] },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
    jobs: {
      // Scheduled publish and unpublish run from the default queue; the server process runs it.
      // Site builds have their own queues, run by build workers (cms/publishing/worker.ts).
      autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
      shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
      // Only the province reads or runs jobs through the API; workers use the Local API.
      access: {
        queue: provinceAdminOnly,
        run: provinceAdminOnly,
        cancel: provinceAdminOnly,
      },
      ...publishingJobs,
    },
    // Last: it limits every collection's REST/GraphQL operations, those added by plugins too.
    plugins: [...plugins, queryLimitsPlugin()],
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
