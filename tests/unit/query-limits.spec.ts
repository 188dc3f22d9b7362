import { describe, expect, it } from 'vitest'
import { checkRestQuery } from '../../cms/security/query-limits/rest-query'
import { checkWhereShape } from '../../cms/security/query-limits/where-shape'

/** The REST query checks alone (the integration test sends the same through a real server). */
const refused = (search: string) => 'error' in checkRestQuery(search)
const rewritten = (search: string) => {
  const check = checkRestQuery(search)
  return 'rewrite' in check && check.rewrite ? Object.fromEntries(check.rewrite) : null
}

describe('REST query parameters', () => {
  it.each([
    '?limit=abc',
    '?limit=-1',
    '?limit=1e3',
    '?limit[]=1',
    '?page=0',
    '?page=1.5',
    '?page=999999999',
    '?depth=-1',
    '?depth=x',
    '?draft=yes',
    '?pagination=0',
    '?sort=a;b',
    '?sort=a%20b',
    '?sort=a,b,c,d,e,f',
    '?select[a][$ne]=1',
    '?where=abc',
    '?where[or]=abc',
    '?where[a][bogus]=1',
    '?where[a][equals][b]=1',
    '?data=abc',
    '?locale=%3Cscript%3E',
  ])('refuses %s', (search) => expect(refused(search)).toBe(true))

  it.each([
    '?limit=10&page=1&sort=-createdAt&depth=0',
    '?limit=100&draft=true&trash=false',
    '?where[or][0][and][0][tenant][equals]=1&where[or][0][and][1][title][like]=tin',
    '?where[tenant][in]=1,2,3&where[id][not_in][0]=4',
    '?where[publishedAt][greater_than_equal]=2026-01-01',
    '?where=%7B%22tenant%22%3A%7B%22equals%22%3A1%7D%7D',
    '?select[title]=true&select[tenant]=true&populate[communes][name]=true',
    '?locale=vi&fallback-locale=null&sort=title,-createdAt',
    '?where[tenant][equals]=',
  ])('accepts %s', (search) => expect(refused(search)).toBe(false))

  it('caps the page size at the signed-in cap instead of refusing it (the operation hook lowers it for anonymous requests)', () => {
    expect(rewritten('?limit=100000&depth=1')).toEqual({ limit: '1000', depth: '1' })
    expect(rewritten('?limit=0')).toEqual({ limit: '1000' })
    expect(rewritten('?pagination=false&limit=20')).toEqual({ limit: '20' })
    expect(rewritten('?pagination=false')).toEqual({ limit: '1000' })
    expect(rewritten('?limit=50')).toBeNull()
    expect(rewritten('?limit=1000')).toBeNull()
  })
})

describe('where size and shape', () => {
  const clauses = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ id: { equals: i } })) })
  it('allows 50 conditions and refuses 51, and 2,000', () => {
    expect('conditions' in checkWhereShape(clauses(50))).toBe(true)
    expect('error' in checkWhereShape(clauses(51))).toBe(true)
    expect('error' in checkWhereShape(clauses(2000))).toBe(true)
  })
  it('refuses and/or nested more than 5 levels, in either case', () => {
    const nest = (n: number, key: string): unknown => (n === 0 ? { id: { equals: 1 } } : { [key]: [nest(n - 1, key)] })
    expect('conditions' in checkWhereShape(nest(5, 'and'))).toBe(true)
    expect('error' in checkWhereShape(nest(6, 'or'))).toBe(true)
    expect('error' in checkWhereShape(nest(6, 'OR'))).toBe(true)
  })
  it("takes GraphQL's Date operands", () => {
    expect('conditions' in checkWhereShape({ createdAt: { greater_than: new Date('2026-01-01') } })).toBe(true)
  })
  it('refuses long value lists and non-scalar operands', () => {
    expect('error' in checkWhereShape({ id: { in: Array.from({ length: 201 }, (_, i) => i) } })).toBe(true)
    expect('error' in checkWhereShape({ id: { equals: { $gt: 1 } } })).toBe(true)
    expect('error' in checkWhereShape({ 'a[b]': { equals: 1 } })).toBe(true)
  })
})
