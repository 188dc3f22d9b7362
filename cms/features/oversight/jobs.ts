import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'
import { sendWeeklyDigest } from './digest'
import { refreshVisits } from './visits'

/** The oversight's own queue, so its hourly and weekly jobs never wait behind site builds. */
export const OVERSIGHT_QUEUE = 'oversight'

const refreshVisitsTask: TaskConfig = {
  slug: 'oversightRefreshVisits',
  label: 'Cập nhật số liệu truy cập từ Matomo',
  schedule: [{ cron: '0 * * * *', queue: OVERSIGHT_QUEUE }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({
    output: { status: (await refreshVisits(req.payload)).status },
  }),
} as unknown as TaskConfig

const weeklyDigestTask: TaskConfig = {
  slug: 'oversightWeeklyDigest',
  label: 'Gửi báo cáo giám sát hằng tuần',
  // Monday 07:00 (the server's time zone), at the start of the working week.
  schedule: [{ cron: '0 7 * * 1', queue: OVERSIGHT_QUEUE }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({ output: { sent: await sendWeeklyDigest(req.payload) } }),
} as unknown as TaskConfig

/** The config's jobs with the oversight's tasks and a runner of its queue (every 5 minutes). */
export const withOversightJobs = (jobs: JobsConfig | undefined): JobsConfig => {
  const autoRun = jobs?.autoRun
  const ours = { cron: '*/5 * * * *', queue: OVERSIGHT_QUEUE, limit: 5 }
  return {
    ...jobs,
    tasks: [...(jobs?.tasks ?? []), refreshVisitsTask, weeklyDigestTask],
    autoRun:
      typeof autoRun === 'function'
        ? async (payload) => [...(await autoRun(payload)), ours]
        : [...(autoRun ?? []), ours],
  }
}
