/** The admin's two languages: Vietnamese, and English for whoever picks it in their account settings. */
export type Lang = 'vi' | 'en'

export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'vi')
