import type { ProvisionText } from './provision-text'

export type Role = 'chief' | 'editor' | 'contributor'
export type CommuneType = 'xa' | 'phuong' | 'thi-tran'
export type District = { id: number | string; name: string; code: string }
export type Theme = { number: number; name: string }
export type DomainRow = { key: number; value: string }
export type MemberRow = { key: number; name: string; email: string; role: Role }
/** The commune's own facts, as typed in the form. */
export type UnitValues = { name: string; type: CommuneType; code: string; district: string; theme: string }

export const EMPTY_UNIT: UnitValues = { name: '', type: 'xa', code: '', district: '', theme: '' }

const TYPE_PREFIXES: [CommuneType, string][] = [
  ['thi-tran', 'thị trấn '],
  ['phuong', 'phường '],
  ['xa', 'xã '],
]
/** The type a name starts with, as the server reads it ("Phường Mỹ Bình" → phuong). */
export const typeOfName = (name: string): CommuneType | undefined => {
  const lower = name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')
  return TYPE_PREFIXES.find(([, prefix]) => lower.startsWith(prefix))?.[0]
}

export const roleLabel = (role: Role, text: ProvisionText) =>
  ({ chief: text.roleChief, editor: text.roleEditor, contributor: text.roleContributor })[role]
