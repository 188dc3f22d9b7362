import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { myWork } from '../my-work-data'
import { MyWorkDashboard } from './MyWorkDashboard'

/**
 * The admin's home page (/admin) in place of Payload's tiles: the same data as GET /api/my-work,
 * read on the server so the page shows it at once.
 */
export const MyWorkView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const work = await myWork(req)
  const user = req.user as { name?: string | null; email?: string } | null
  // "dashboard" as Payload's own home page has it: pages and tests wait for it after a login.
  return (
    <Gutter className="dashboard my-work">
      {work && <MyWorkDashboard work={work} userName={user?.name || user?.email || ''} />}
    </Gutter>
  )
}
