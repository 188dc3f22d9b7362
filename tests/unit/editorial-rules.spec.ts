import { describe, expect, it } from 'vitest'
import { changeRefusal, deleteRefusal, transitionRefusal, type EditorialState } from '../../cms/access/editorialRules'

/** The rules that decide, from an item's latest state, what the board may still do with it. */
const ME = 7
const OTHER = 8
const state = (over: Partial<EditorialState>): EditorialState => ({
  title: 'Tin thử',
  createdBy: ME,
  workflowStatus: 'draft',
  live: false,
  everPublished: false,
  ...over,
})

describe('changing an item', () => {
  it('chiefs and editors may, whatever its state (live content is guarded elsewhere)', () => {
    for (const workflowStatus of ['draft', 'submitted', 'returned', 'published', 'archived'])
      for (const role of ['chief', 'editor'] as const)
        expect(changeRefusal(role, ME, state({ workflowStatus, createdBy: OTHER }), 'Tin bài')).toBeNull()
  })

  it('a contributor only their own draft or returned item', () => {
    expect(changeRefusal('contributor', ME, state({}), 'Tin bài')).toBeNull()
    expect(changeRefusal('contributor', ME, state({ workflowStatus: 'returned' }), 'Tin bài')).toBeNull()
    expect(changeRefusal('contributor', ME, state({ createdBy: OTHER }), 'Tin bài')).toMatch(/chính mình/)
    expect(changeRefusal('contributor', ME, state({ workflowStatus: 'submitted' }), 'Tin bài')).toMatch(/đã gửi duyệt/)
    expect(changeRefusal('contributor', ME, state({ live: true, workflowStatus: 'draft' }), 'Tin bài')).toMatch(
      /xuất bản/,
    )
    expect(changeRefusal('contributor', ME, state({ workflowStatus: 'archived' }), 'Tin bài')).toMatch(/lưu trữ/)
  })

  it('names the document in the refusal, and refuses people outside the board', () => {
    expect(
      changeRefusal('contributor', ME, state({ workflowStatus: 'submitted', title: 'Lịch tiếp dân' }), 'Tin bài'),
    ).toContain('Tin bài «Lịch tiếp dân»')
    expect(changeRefusal(undefined, ME, state({}), 'Tin bài')).toMatch(/ban biên tập/)
  })
})

describe('deleting an item', () => {
  it('chiefs delete anything of their commune', () => {
    expect(
      deleteRefusal(
        'chief',
        ME,
        state({ createdBy: OTHER, live: true, everPublished: true, workflowStatus: 'published' }),
        'Tin bài',
      ),
    ).toBeNull()
  })

  it.each(['editor', 'contributor'] as const)('%s: only their own never-published draft or returned item', (role) => {
    expect(deleteRefusal(role, ME, state({}), 'Tin bài')).toBeNull()
    expect(deleteRefusal(role, ME, state({ workflowStatus: 'returned' }), 'Tin bài')).toBeNull()
    expect(deleteRefusal(role, ME, state({ createdBy: OTHER }), 'Tin bài')).toMatch(/chính mình/)
    // Published once and taken down, even set back to "draft": the stamp decides.
    expect(deleteRefusal(role, ME, state({ everPublished: true }), 'Tin bài')).toMatch(/đã từng được xuất bản/)
    expect(deleteRefusal(role, ME, state({ live: true }), 'Tin bài')).toMatch(/đã từng được xuất bản/)
    expect(deleteRefusal(role, ME, state({ workflowStatus: 'submitted' }), 'Tin bài')).toMatch(/chờ duyệt/)
  })
})

describe('moving an item between editorial states', () => {
  it('publishing, returning and archiving are the chief’s', () => {
    for (const to of ['published', 'returned', 'archived']) {
      expect(transitionRefusal('chief', 'submitted', to)).toBeNull()
      expect(transitionRefusal('editor', 'submitted', to)).toMatch(/Trưởng ban/)
      expect(transitionRefusal('contributor', 'draft', to)).toMatch(/Trưởng ban/)
    }
  })

  it('a submission waits for the chief; submitting and keeping the state are free', () => {
    expect(transitionRefusal('editor', 'submitted', 'draft')).toMatch(/chờ duyệt/)
    expect(transitionRefusal('contributor', 'submitted', 'draft')).toMatch(/chờ duyệt/)
    expect(transitionRefusal('contributor', 'draft', 'submitted')).toBeNull()
    expect(transitionRefusal('contributor', 'returned', 'submitted')).toBeNull()
    expect(transitionRefusal('editor', 'submitted', 'submitted')).toBeNull()
    expect(transitionRefusal('editor', 'submitted', undefined)).toBeNull()
  })
})
