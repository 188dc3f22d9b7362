import net from 'node:net'

/** The first host:port of a mongodb:// URI (none for mongodb+srv://, which needs DNS). */
export const mongoHost = (uri: string): { host: string; port: number } | null => {
  const match = /^mongodb:\/\/(?:[^@/]*@)?([^/?,]+)/.exec(uri)
  if (!match) return null
  const [host, port] = match[1]!.startsWith('[')
    ? [match[1]!.slice(1, match[1]!.indexOf(']')), match[1]!.split(']:')[1]]
    : match[1]!.split(':')
  return { host: host!, port: Number(port || 27017) }
}

/**
 * Fails within `timeoutMs` when nothing listens at the MongoDB address, before the heavy
 * Payload start-up: a refused or silent port is the common mistake (server down, wrong URI).
 */
export const assertMongoReachable = (uri: string, timeoutMs = 3000): Promise<void> => {
  const target = mongoHost(uri)
  if (!target) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: target.host, port: target.port })
    const fail = (reason: string) => {
      socket.destroy()
      reject(new Error(`${target.host}:${target.port} ${reason}`))
    }
    socket.setTimeout(timeoutMs, () => fail(`did not answer within ${timeoutMs} ms`))
    socket.once('error', (err) => fail(err.message))
    socket.once('connect', () => {
      socket.end()
      resolve()
    })
  })
}
