import type { CollectionBeforeValidateHook } from 'payload'
import { type MenuLink, normaliseLinks } from './normalise'

/**
 * Before the fields are checked, the main menu's and the footer's addresses are normalised
 * (normalise.ts), whoever saves (admin, REST, GraphQL, Local API); an address that is still
 * unusable is then refused by the field's own rule, with its sentence naming the field.
 */
export const normaliseMenuLinks: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data || req.context?.siteState === true) return data
  normaliseLinks(data.mainMenu as MenuLink[] | undefined)
  normaliseLinks((data.footer as { links?: MenuLink[] } | undefined)?.links)
  return data
}
