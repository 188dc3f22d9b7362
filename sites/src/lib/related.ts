/**
 * The articles an article's page lists under "Tin cùng chuyên mục": those of its category
 * published before it, nearest first, then earlier ones of other categories; only an article
 * among a site's first few takes later ones. So a new article changes no other article's page,
 * and a commune's publishing renders the new article and the lists, not every article again
 * (sites/incremental.ts works out the same lists with this function).
 *
 * `category` and `all` are newest first, as the site lists them.
 */
export const relatedPosts = <P extends { slug: string }>(
  post: P,
  category: readonly P[],
  all: readonly P[],
  count = 5,
): P[] => {
  const around = (list: readonly P[]) => {
    const at = list.findIndex((p) => p.slug === post.slug)
    return at < 0 ? { before: list, after: [] } : { before: list.slice(at + 1), after: list.slice(0, at).reverse() }
  }
  const [inCategory, overall] = [around(category), around(all)]
  const picked: P[] = []
  const seen = new Set([post.slug])
  for (const p of [...inCategory.before, ...overall.before, ...inCategory.after, ...overall.after]) {
    if (picked.length === count) break
    if (seen.has(p.slug)) continue
    seen.add(p.slug)
    picked.push(p)
  }
  return picked
}
