import type { Access } from 'payload'
import { isProvinceAdmin } from './roles'

export const isProvinceAdminAccess: Access = ({ req }) => isProvinceAdmin(req.user)
