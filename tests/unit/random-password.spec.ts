import { describe, expect, it } from 'vitest'
import { passwordProblem } from '../../cms/lib/passwords'
import { generatePassword } from '../../cms/lib/random-password'

describe('generatePassword', () => {
  it('gives passwords the policy accepts, for the demo accounts as for invited board members', () => {
    for (let i = 0; i < 20; i++) {
      const about = {
        email: `truongban.my-binh-${i}@demo.angiang.local`,
        name: 'Trưởng ban biên tập Phường Mỹ Bình (demo)',
      }
      expect(passwordProblem(generatePassword(), about)).toBeFalsy()
    }
  })

  it('has letters of both cases, hyphens and a digit, and never repeats itself', () => {
    const passwords = Array.from({ length: 1000 }, generatePassword)
    for (const p of passwords) expect(p).toMatch(/^([a-zA-Z]{5}-){3}[a-zA-Z]{5}[2-9]$/)
    expect(new Set(passwords).size).toBe(passwords.length)
  })
})
