import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { type MenuLink, normaliseLinks } from './normalise'

/**
 * Before the fields are checked: the main menu's and the footer's addresses normalised (see
 * normalise.ts), and a save with an address that is still unusable refused with a sentence per
 * link naming the menu, the row and the address, in Vietnamese.
 */
export const normaliseMenuLinks: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  if (!data || req.context?.siteState === true) return data
  const problems = [
    ...normaliseLinks(data.mainMenu as MenuLink[] | undefined, { path: 'mainMenu', list: 'Menu chính' }),
    ...normaliseLinks((data.footer as { links?: MenuLink[] } | undefined)?.links, {
      path: 'footer.links',
      list: 'Liên kết chân trang',
    }),
  ]
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}
