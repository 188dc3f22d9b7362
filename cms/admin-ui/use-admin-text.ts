import { useTranslation } from '@payloadcms/ui'
import { type Lang, langOf } from './lang'

/**
 * A feature's texts in the admin's current language, the language itself and Payload's i18n
 * object (for field labels the feature did not write). Client-side only: it uses the admin's hooks.
 */
export const useAdminText = <Text>(texts: Readonly<Record<Lang, Text>>) => {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return { text: texts[lang], lang, i18n }
}
