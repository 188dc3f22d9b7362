/**
 * One run of provisionCommune: its options, what it reads once per batch, what it did and
 * found done (steps), what went wrong without stopping it (warnings), and its audit entries.
 */
import os from 'node:os'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { writeAudit, type AuditEntry } from '../../hooks/audit'
import type { Commune } from '../../payload-types'
import { loadDistricts, type DistrictDoc, type DistrictFacts } from './districts'
import type { BoardMember } from './provision-input'
import { loadTemplate } from './template'
import type { CommuneTemplateData } from './template-defaults'

/** Fields a new commune may start with besides the input's: analytics IDs and contacts. */
export type CommuneFields = Partial<Pick<Commune, 'matomoSiteId' | 'emcSiteId' | 'trustBadgeId' | 'contact'>>

export type ProvisionOptions = {
  /** The admin's request, for the audit log's user and IP (and to refuse anyone but the province). */
  req?: PayloadRequest
  /** 'now': build the site before returning (command line); 'queue': leave it to the build workers; 'none': the caller builds. */
  build?: 'now' | 'queue' | 'none'
  log?: (line: string) => void
  /** Send a new invitation to board members whose account already exists. */
  reinvite?: boolean
  /** Facts of the district, to create it when missing (bulk lists carry them). */
  districtFacts?: DistrictFacts
  /** Who acts, for the audit log, when there is no admin request (e.g. "npm run provision (root@host)"). */
  actor?: string
  /**
   * The first password of each new board account, for a caller that hands the passwords out
   * itself (the demo province writes them to data/demo-credentials.json); no invitation is
   * made or sent then. Without it, an account gets a random password nobody sees and an
   * invitation.
   */
  accountPassword?: (member: BoardMember) => string
  /** Set on a commune this run creates (the demo province's analytics IDs and contacts). */
  communeFields?: CommuneFields
  /** What a run over many communes reads once (provisionMany); read for this run when absent. */
  batch?: ProvisionBatch
}

/** What provisioning reads once for many communes: the districts and the template. */
export type ProvisionBatch = {
  /** Every district; the ones a run creates are added. */
  districts: DistrictDoc[]
  template: CommuneTemplateData
}

export const loadProvisionBatch = async (payload: Payload): Promise<ProvisionBatch> => ({
  districts: await loadDistricts(payload),
  template: await loadTemplate(payload),
})

export type Run = {
  payload: Payload
  options: ProvisionOptions
  batch: ProvisionBatch
  build: NonNullable<ProvisionOptions['build']>
  /** The request audit entries (and Matomo's alias records) are written with: the admin's, or a local one. */
  auditReq: PayloadRequest
  log: (line: string) => void
  /** What this run did and what it found done, one Vietnamese line each. */
  steps: string[]
  /** Problems that did not stop provisioning (Matomo, email, site build), in Vietnamese. */
  warnings: string[]
  /** Whether this run changed anything. */
  changed: boolean
}

export const startRun = async (payload: Payload, options: ProvisionOptions): Promise<Run> => ({
  payload,
  options,
  batch: options.batch ?? (await loadProvisionBatch(payload)),
  build: options.build ?? 'queue',
  auditReq: options.req ?? (await createLocalReq({}, payload)),
  log: options.log ?? ((line: string) => payload.logger.info(line)),
  steps: [],
  warnings: [],
  changed: false,
})

/** Records a step that changed something. */
export const did = (run: Run, line: string): void => {
  run.steps.push(line)
  run.changed = true
}

/** Context of provisioning's own writes: no generic audit entry, no build request, no Matomo call. */
export const QUIET = { skipAudit: true, skipSiteBuild: true, skipMatomo: true }

/** One audit entry of this run (action "provision" on the commune unless told otherwise). */
export const audit = (run: Run, entry: Omit<AuditEntry, 'action'> & { action?: AuditEntry['action'] }): Promise<void> =>
  writeAudit(
    run.auditReq,
    {
      action: 'provision',
      collection: 'communes',
      email: run.options.req?.user
        ? undefined
        : (run.options.actor ?? `provisioning (${os.userInfo().username}@${os.hostname()})`),
      ...entry,
    },
    { inTransaction: false },
  )
