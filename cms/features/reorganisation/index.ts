import type { Config, Field, Plugin } from 'payload'
import { COMMUNE_SCOPED } from '../../collections/commune-scoped'
import { extendCollection, withCollections } from '../../collections/extend'
import { reorganisationEndpoints } from './endpoints'
import { withReorganisationJobs } from './jobs'
import { Redirects } from './redirects-collection'
import { withAdminView } from '../../admin-ui/admin-view'

/** Where the view lives under the admin route. */
export const REORGANISATION_VIEW_PATH = '/sap-xep'

const reorganisationView = {
  Component: '/features/reorganisation/components/ReorganisationView#ReorganisationView',
  path: '/sap-xep' as const,
  meta: { title: 'Sắp xếp đơn vị hành chính' },
}

const NAV_LINK = '/features/reorganisation/components/ReorganisationNavLink#ReorganisationNavLink'

/** Written only by the reorganisation (Local API, overrideAccess): nobody sets it through an API. */
const serverOnly = { create: () => false, update: () => false }

/** On a commune merged away: the unit that took its content (its old addresses answer 301 there). */
const mergedIntoField: Field = {
  name: 'mergedInto',
  type: 'relationship',
  relationTo: 'communes',
  label: { vi: 'Đã sáp nhập vào', en: 'Merged into' },
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.mergedInto) },
}

/** On every item moved by a reorganisation: the unit it was published by ("Trước sáp nhập: Phường Bình Khánh"). */
const formerUnitField: Field = {
  name: 'formerUnit',
  type: 'text',
  label: { vi: 'Trước sáp nhập', en: 'Before the merger' },
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.formerUnit) },
}

/**
 * The 2025 reorganisation (issue 13): old communes merged into new units, every item moved with
 * its origin, the old addresses kept as redirects. `npm run reorganise -- --plan | --apply`
 * (scripts/reorganise.ts) drives plan.ts and apply.ts; for the province admin the same is in the
 * admin ("Sắp xếp đơn vị hành chính", /admin/sap-xep) over /api/reorganisation/* (endpoints.ts),
 * the apply running as the `applyReorganisation` job, now or at an effective date (jobs.ts).
 * The redirects are served by cms/serving before any site.
 */
export const reorganisationPlugin =
  (): Plugin =>
  (config: Config): Config => {
    return {
      ...config,
      admin: withAdminView(config, 'reorganisation', reorganisationView, NAV_LINK),
      collections: [
        ...withCollections(config, {
          communes: (communes) => extendCollection(communes, { fields: [mergedIntoField] }),
          ...Object.fromEntries(
            COMMUNE_SCOPED.map((slug) => [slug, (c) => extendCollection(c, { fields: [formerUnitField] })]),
          ),
        }),
        Redirects,
      ],
      endpoints: [...(config.endpoints ?? []), ...reorganisationEndpoints],
      jobs: withReorganisationJobs(config.jobs),
    }
  }
