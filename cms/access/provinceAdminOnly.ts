import type { PayloadRequest } from 'payload'
import { isProvinceAdmin } from './roles'

/** The province admin only: usable as collection, global, field and job access alike. */
export const provinceAdminOnly = ({ req }: { req: PayloadRequest }): boolean => isProvinceAdmin(req.user)
