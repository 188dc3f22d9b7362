export const SHARED_NEWS_SLUG = 'shared-news'
export const FEEDS_SLUG = 'news-feeds'
/** The category mandatory copies go to when the province chooses none (one per commune). */
export const MANDATORY_CATEGORY = { name: 'Tin từ tỉnh', slug: 'tin-tu-tinh' } as const
