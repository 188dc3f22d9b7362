import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction where the adapter has them (MongoDB on a replica
 * set): all or nothing. The SQLite adapter is used without transactions (Payload's default
 * there), so on SQLite each write commits at once and the seed relies on being idempotent
 * (a second run completes what a first, interrupted one left).
 */
export const withTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({ context: { skipAudit: true, skipSiteBuild: true } }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  try {
    const result = await work(req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return result
  } catch (err) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}
