import type { Config } from 'payload'

type Views = NonNullable<NonNullable<NonNullable<Config['admin']>['components']>['views']>

/**
 * The admin with a feature's own page (`views[key]`) and its link in the navigation, after
 * those already there: what oversight, royalties and the reorganisation each add.
 */
export const withAdminView = (
  config: Config,
  key: string,
  view: Views[string],
  navLink: string,
): NonNullable<Config['admin']> => {
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...admin,
    components: {
      ...components,
      afterNavLinks: [...(components.afterNavLinks ?? []), navLink],
      views: { ...components.views, [key]: view },
    },
  }
}
