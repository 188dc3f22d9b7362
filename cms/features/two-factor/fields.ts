import type { Field, FieldAccess } from 'payload'

const nobody: FieldAccess = () => false

/** Kept out of every API answer, GraphQL type, query, export and admin form. */
const secretField = (name: string, type: 'text' | 'json' | 'number'): Field =>
  ({ name, type, hidden: true, access: { read: nobody, create: nobody, update: nobody } }) as Field

export const twoFactorFields: Field[] = [
  {
    name: 'twoFactorEnabled',
    type: 'checkbox',
    defaultValue: false,
    label: { vi: 'Xác thực hai bước', en: 'Two-factor sign-in' },
    // Only the two-factor endpoints turn it on or off (a code is needed).
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Field: '/features/two-factor/components/AccountTwoFactor#AccountTwoFactor' },
    },
  },
  secretField('twoFactorSecret', 'text'),
  secretField('twoFactorPendingSecret', 'text'),
  secretField('twoFactorRecoveryCodes', 'json'),
  secretField('twoFactorLastStep', 'number'),
  secretField('twoFactorChallengeId', 'text'),
  secretField('twoFactorChallengeAttempts', 'number'),
]
