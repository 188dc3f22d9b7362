import { describe, expect, it } from 'vitest'
import { relatedPosts } from '../../sites/src/lib/related'

type P = { slug: string; category: string }
/** Newest first, as the site lists them: n8 … n1, odd ones in category "a", even ones in "b". */
const site = (n: number): P[] =>
  Array.from({ length: n }, (_, i) => ({ slug: `n${n - i}`, category: (n - i) % 2 ? 'a' : 'b' }))
const related = (posts: P[], slug: string) => {
  const post = posts.find((p) => p.slug === slug)!
  const slugs = relatedPosts(
    post,
    posts.filter((p) => p.category === post.category),
    posts,
  ).map((p) => p.slug)
  return slugs
}

describe('the articles an article page lists', () => {
  it('those of its category published before it, nearest first, then earlier others', () => {
    const posts = site(12)
    expect(related(posts, 'n11')).toEqual(['n9', 'n7', 'n5', 'n3', 'n1'])
    expect(related(posts, 'n7')).toEqual(['n5', 'n3', 'n1', 'n6', 'n4'])
  })

  it('an article among the first takes the nearest later ones, of its category first', () => {
    const posts = site(12)
    expect(related(posts, 'n1')).toEqual(['n3', 'n5', 'n7', 'n9', 'n11'])
    expect(related(posts, 'n2')).toEqual(['n1', 'n4', 'n6', 'n8', 'n10'])
  })

  it('never the article itself, never twice, at most five, and fewer on a small site', () => {
    expect(related(site(3), 'n2')).toEqual(['n1', 'n3'])
    expect(related(site(1), 'n1')).toEqual([])
    for (const p of site(12)) {
      const list = related(site(12), p.slug)
      expect(list).toHaveLength(5)
      expect(new Set(list).size).toBe(5)
      expect(list).not.toContain(p.slug)
    }
  })

  it('a new article changes no other article’s list once the site has a few', () => {
    const before = site(12)
    const after = site(13)
    for (const p of before) expect(related(after, p.slug), p.slug).toEqual(related(before, p.slug))
  })
})
