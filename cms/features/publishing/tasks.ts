import type { TaskConfig, TaskHandler } from 'payload'

/** Single-commune builds (publishing) go first; batches (rebuild all, new generator) after. */
export const SITE_QUEUE = 'sites'
export const BATCH_QUEUE = 'sites-batch'

/** `since`: when the first change this job stands for was made (ms), for the debounce cap. */
export type BuildSiteInput = { commune: string; force?: boolean | null; since?: number | null }
/** `content`: the communes' content changed (build them even when built by the current generator). */
export type BuildSitesInput = { communes: string[]; force?: boolean | null; content?: boolean | null }
export type BuildTaskOutput = { built: number; failed: number; skipped: number }

/**
 * The task handlers live in the build worker (cms/publishing/worker.ts), registered when it
 * starts: the configuration stays free of the site generator, which Next must not bundle.
 */
type Handlers = {
  buildSite: (input: BuildSiteInput, jobId: string) => Promise<BuildTaskOutput>
  buildSites: (input: BuildSitesInput, jobId: string) => Promise<BuildTaskOutput>
}
let handlers: Handlers | null = null
export const registerBuildHandlers = (h: Handlers | null): void => {
  handlers = h
}
const registered = (): Handlers => {
  if (!handlers) throw new Error('no build worker runs in this process')
  return handlers
}

const retries: TaskConfig['retries'] = { attempts: 3, backoff: { type: 'fixed', delay: 2000 } }

const buildSite: TaskConfig<{ input: BuildSiteInput; output: BuildTaskOutput }> = {
  slug: 'buildSite',
  label: 'Xây dựng trang một đơn vị',
  inputSchema: [
    { name: 'commune', type: 'text', required: true },
    { name: 'force', type: 'checkbox' },
    { name: 'since', type: 'number' },
  ],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  // Bursts coalesce: a new request replaces the one still waiting, never the one running,
  // and one commune is never built twice at once by this queue (leases guard the rest).
  concurrency: { key: ({ input }) => `site:${input.commune}`, exclusive: true, supersedes: true },
  retries,
  handler: (async ({ input, job }) => ({
    output: await registered().buildSite(input, String(job.id)),
  })) as TaskHandler<{ input: BuildSiteInput; output: BuildTaskOutput }>,
}

const buildSites: TaskConfig<{ input: BuildSitesInput; output: BuildTaskOutput }> = {
  slug: 'buildSites',
  label: 'Xây dựng trang nhiều đơn vị',
  inputSchema: [
    { name: 'communes', type: 'json', required: true },
    { name: 'force', type: 'checkbox' },
    { name: 'content', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  retries,
  handler: (async ({ input, job }) => ({
    output: await registered().buildSites(input, String(job.id)),
  })) as TaskHandler<{ input: BuildSitesInput; output: BuildTaskOutput }>,
}

/** The jobs publishing adds (publishingPlugin); they rely on Payload's concurrency control. */
export const buildTasks = [buildSite, buildSites] as unknown as TaskConfig[]
