import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'
import { fetchAllFeeds } from './feeds'

/** The syndication's own queue, so the hourly fetch never waits behind site builds. */
export const SYNDICATION_QUEUE = 'syndication'

const fetchFeedsTask: TaskConfig = {
  slug: 'syndicationFetchFeeds',
  label: 'Lấy tin từ các nguồn tin RSS/Atom',
  schedule: [{ cron: '0 * * * *', queue: SYNDICATION_QUEUE }],
  outputSchema: [{ name: 'added', type: 'number' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({
    output: { added: (await fetchAllFeeds(req.payload)).reduce((sum, r) => sum + r.added, 0) },
  }),
} as unknown as TaskConfig

/** The config's jobs with the hourly feed fetch and a runner of its queue (every 5 minutes). */
export const withSyndicationJobs = (jobs: JobsConfig | undefined): JobsConfig => {
  const autoRun = jobs?.autoRun
  const ours = { cron: '*/5 * * * *', queue: SYNDICATION_QUEUE, limit: 5 }
  return {
    ...jobs,
    tasks: [...(jobs?.tasks ?? []), fetchFeedsTask],
    autoRun:
      typeof autoRun === 'function'
        ? async (payload) => [...(await autoRun(payload)), ours]
        : [...(autoRun ?? []), ours],
  }
}
