/**
 * Every feature is a local Payload plugin that attaches itself (fields, hooks, endpoints, jobs,
 * admin components) to the collections it concerns; cms/payload.config.ts lists them in the
 * order they apply. A feature never imports this file (the list sits above them all).
 */
export { alertsPlugin } from './alerts'
export { editorialActionsPlugin } from './editorial-actions'
export { firstPublishedPlugin } from './first-published'
export { holidaysPlugin } from './holidays'
export { lifecyclePlugin } from './lifecycle'
export { withLockedDocumentsGuard } from './locked-documents'
export { mediaVisibilityPlugin } from './media-visibility'
export { menuEditorPlugin } from './menu-editor'
export { myWorkPlugin } from './my-work'
export { notificationsPlugin } from './notifications'
export { oversightPlugin } from './oversight'
export { photoUploadsPlugin } from './photo-uploads'
export { previewPlugin } from './preview'
export { provisioningPlugin } from './provisioning'
export { provincePlugin } from './province'
export { publishingPlugin } from './publishing'
export { reorganisationPlugin } from './reorganisation'
export { royaltiesPlugin } from './royalties'
export { syndicationPlugin } from './syndication'
export { communeTenancyPlugin } from './tenancy'
export { themePickerPlugin } from './theme-picker'
export { twoFactorPlugin } from './two-factor'
export { vietnameseAdminPlugin } from './vietnamese-admin'
export { wordImportPlugin } from './word-import'
