import { getPayload, type Migration, type Payload } from 'payload'
import config from './payload.config'
import { MONGO_CONNECT_TIMEOUT_MS, refreshDatabaseStatistics } from './runtime/database'
import { isMongoUri } from './runtime/database-uri'
import { migrations } from './migrations'
import { StartupError } from './boot-errors'
import { backfillMediaVisibility } from './features/media-visibility'

/**
 * Connects to the database and brings its schema up to date with the committed migrations
 * (SQLite; MongoDB needs none). Fails fast and clearly when MongoDB is unreachable.
 */
export const bootPayload = async ({ cron = false }: { cron?: boolean } = {}): Promise<Payload> => {
  const mongo = isMongoUri(process.env.DATABASE_URI)
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (err) {
    if (mongo)
      throw new StartupError(
        `Không kết nối được MongoDB trong ${MONGO_CONNECT_TIMEOUT_MS / 1000} giây (DATABASE_URI). Kiểm tra máy chủ MongoDB và địa chỉ kết nối.\n` +
          `Cannot connect to MongoDB at DATABASE_URI within ${MONGO_CONNECT_TIMEOUT_MS} ms: ${(err as Error).message}`,
      )
    throw err
  }
  if (!mongo) {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    await refreshDatabaseStatistics(payload.db)
  }
  // Files stored before uploads had a visibility flag get it once the schema has the column.
  await backfillMediaVisibility(payload)
  // Crons (scheduled publish) start only once the tables they read exist.
  if (cron) await getPayload({ config, cron: true })
  return payload
}
