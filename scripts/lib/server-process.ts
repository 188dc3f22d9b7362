import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

/**
 * The real server as `npm start` runs it (scripts/start.ts), in a child process with `env`
 * (DATA_DIR, PORT, HOST…): resolves once it prints its admin address, rejects with the end of
 * its output if it exits first or is not up within `timeoutMs`.
 */
export const startServer = async (root: string, env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server not up in ${timeoutMs / 1000} s:\n${output.slice(-3000)}`)),
      timeoutMs,
    )
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Admin: http')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${String(code)}:\n${output.slice(-3000)}`))
    })
  })
  return child
}

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export const stopProcess = async (child: ChildProcess | undefined, graceMs = 10_000): Promise<void> => {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))])
  if (child.exitCode === null) child.kill('SIGKILL')
}
