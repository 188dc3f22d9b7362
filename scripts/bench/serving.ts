import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { BenchContext } from './context'
import { freePort } from '../lib/free-port'

/**
 * Static-site serving speed: our server against nginx on the same files, in the same run.
 *
 * Load generator: wrk (Debian), one thread, 64 keep-alive connections. On 2 cores the generator
 * and the server share the CPU, so the generator must be as cheap per request as possible.
 * Measured here against our server: wrk spent ~8 µs of CPU per request (C on epoll), autocannon
 * 8 ~145 µs (JS HTTP parsing, garbage collection), so autocannon saturates its own core near
 * 3,000-7,000 requests/s and would measure itself, not the server, and its pauses would land in
 * the latency histogram. Both servers are measured the same way:
 * 2 s of warm-up (discarded), then 10 s measured, requests cycling through `paths` with a
 * browser's `Accept-Encoding: gzip, br`.
 */
const CONNECTIONS = 64
const WARM_UP_SECONDS = 2
const MEASURE_SECONDS = 10

export type ServingResult = {
  servingRequestsPerSecond: number
  servingP99Ms: number
  nginxRequestsPerSecond: number
  nginxP99Ms: number
}

export async function measureServing(
  ctx: BenchContext,
  { slug, paths }: { slug: string; paths: string[] },
): Promise<ServingResult> {
  if (!paths.length) throw new Error('measureServing: no paths to request')
  const wrk = ensureDebianTool('wrk', 'wrk', ctx.log)
  const nginxBinary = ensureDebianTool('nginx', 'nginx', ctx.log)
  const host = ctx.siteHost(slug)

  const ourEncodings = await checkPaths(ctx.baseUrl, host, paths, 'our server')
  const ours = await loadTest(wrk, ctx.baseUrl, host, paths, ctx.log)
  ctx.log(
    `serving ${slug} (${paths.join(', ')}): ${Math.round(ours.requestsPerSecond)} requests/s, p99 ${ours.p99Ms.toFixed(1)} ms, sent as ${ourEncodings}`,
  )

  // The same files, each with the .gz and .br nginx's *_static modules send as they are.
  const copy = precompressedCopy(path.join(ctx.dataDir, 'sites', slug, 'current'), paths)
  const brotliModule = ensureBrotliStatic(ctx.log)
  const nginx = await startNginx(nginxBinary, copy, brotliModule)
  let theirs: LoadResult
  let theirEncodings = ''
  try {
    theirEncodings = await checkPaths(nginx.url, host, paths, 'nginx')
    theirs = await loadTest(wrk, nginx.url, host, paths, ctx.log)
  } finally {
    await nginx.stop()
    fs.rmSync(copy, { recursive: true, force: true })
  }
  ctx.log(
    `nginx on the same precompressed files (gzip_static${brotliModule ? ', brotli_static' : ''}): ${Math.round(theirs.requestsPerSecond)} requests/s, p99 ${theirs.p99Ms.toFixed(1)} ms, sent as ${theirEncodings} (ours/nginx: ${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)})`,
  )
  return {
    servingRequestsPerSecond: ours.requestsPerSecond,
    servingP99Ms: ours.p99Ms,
    nginxRequestsPerSecond: theirs.requestsPerSecond,
    nginxP99Ms: theirs.p99Ms,
  }
}

/**
 * The path of a program from Debian, installing its package when missing (the machines are
 * fresh and we are root). nginx lives in /usr/sbin, which a non-root PATH may lack.
 */
const ensureDebianTool = (program: string, pkg: string, log: (line: string) => void): string => {
  const find = () => {
    const found = spawnSync(
      'sh',
      ['-c', `command -v ${program} || { test -x /usr/sbin/${program} && echo /usr/sbin/${program}; }`],
      { encoding: 'utf8' },
    )
    return found.status === 0 ? found.stdout.trim() : ''
  }
  const existing = find()
  if (existing) return existing
  log(`installing ${pkg} from Debian (apt-get install -y ${pkg})`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (spawnSync('apt-get', ['install', '-y', pkg], { stdio: 'ignore', env }).status !== 0) {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env })
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'ignore', env })
  }
  const installed = find()
  if (!installed) throw new Error(`${program} is not available after apt-get install -y ${pkg}`)
  return installed
}

/** Debian's brotli_static module for nginx (installed when missing); null when it cannot be had. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'
const ensureBrotliStatic = (log: (line: string) => void): string | null => {
  if (fs.existsSync(BROTLI_STATIC)) return BROTLI_STATIC
  log('installing libnginx-mod-http-brotli-static from Debian')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  spawnSync('apt-get', ['install', '-y', 'libnginx-mod-http-brotli-static'], { stdio: 'ignore', env })
  if (fs.existsSync(BROTLI_STATIC)) return BROTLI_STATIC
  log('nginx brotli_static is not available: nginx will send its .gz files only')
  return null
}

/**
 * The measured pages (and the 404 page) of the live folder copied into a temporary folder, each
 * beside its best gzip (level 9) and brotli (quality 11) forms, as a site deployed for nginx's
 * gzip_static and brotli_static would be. Our server sends the same encodings, made once.
 */
const precompressedCopy = (live: string, paths: string[]): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-static-'))
  const files = [...paths.map((p) => decodeURI(p).replace(/\/$/, '/index.html')), '/404.html']
  for (const file of new Set(files)) {
    const source = path.join(live, file)
    if (!fs.existsSync(source)) continue
    const target = path.join(dir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const raw = fs.readFileSync(source)
    fs.writeFileSync(target, raw)
    fs.writeFileSync(`${target}.gz`, zlib.gzipSync(raw, { level: 9 }))
    fs.writeFileSync(
      `${target}.br`,
      zlib.brotliCompressSync(raw, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }),
    )
    // Same modification time, so nginx's ETag and Last-Modified describe the one file.
    const { mtime } = fs.statSync(source)
    for (const f of [target, `${target}.gz`, `${target}.br`]) fs.utimesSync(f, mtime, mtime)
  }
  return dir
}

/**
 * Every path must answer 200 before it is measured (a benchmark of 404 pages says nothing);
 * answers the encodings sent, so the log says what was compared.
 */
const checkPaths = async (baseUrl: string, host: string, paths: string[], who: string): Promise<string> => {
  const encodings = new Set<string>()
  for (const p of paths) {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(p, baseUrl)
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          headers: { Host: host, 'Accept-Encoding': 'gzip, br' },
        },
        (res) => {
          encodings.add(String(res.headers['content-encoding'] ?? 'identity'))
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      req.end()
    })
    if (status !== 200) throw new Error(`${who} answers ${status} for ${p} (Host: ${host})`)
  }
  return [...encodings].join(', ')
}

type LoadResult = { requestsPerSecond: number; p99Ms: number }

/** wrk's script: cycle through the paths, and print the summary as one JSON line at the end. */
const wrkScript = (paths: string[]) => `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"durationUs":%d,"p99Us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout))
end
`

const runWrk = async (wrk: string, baseUrl: string, host: string, script: string, seconds: number) => {
  const { stdout: out } = await promisify(execFile)(
    wrk,
    [
      '-t1',
      `-c${CONNECTIONS}`,
      `-d${seconds}s`,
      '--timeout',
      '5s',
      '-s',
      script,
      '-H',
      `Host: ${host}`,
      '-H',
      'Accept-Encoding: gzip, br',
      `${baseUrl}/`,
    ],
    {
      encoding: 'utf8',
    },
  )
  const line = out.split('\n').find((l) => l.startsWith('WRK_RESULT '))
  if (!line) throw new Error(`wrk printed no result:\n${out}`)
  return JSON.parse(line.slice('WRK_RESULT '.length)) as {
    requests: number
    durationUs: number
    p99Us: number
    connect: number
    read: number
    write: number
    status: number
    timeout: number
  }
}

const loadTest = async (
  wrk: string,
  baseUrl: string,
  host: string,
  paths: string[],
  log: (line: string) => void,
): Promise<LoadResult> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-wrk-'))
  try {
    const script = path.join(dir, 'paths.lua')
    fs.writeFileSync(script, wrkScript(paths))
    await runWrk(wrk, baseUrl, host, script, WARM_UP_SECONDS)
    const r = await runWrk(wrk, baseUrl, host, script, MEASURE_SECONDS)
    // A failed request means the figure is not about serving pages; a slow one (over 5 s) is
    // only counted, as a busy machine can cause it.
    const errors = r.connect + r.read + r.write + r.status
    if (errors)
      throw new Error(
        `${baseUrl}: ${errors} failed requests of ${r.requests} (connect ${r.connect}, read ${r.read}, write ${r.write}, non-2xx ${r.status})`,
      )
    if (r.timeout) log(`${baseUrl}: ${r.timeout} of ${r.requests} requests took over 5 s`)
    return { requestsPerSecond: r.requests / (r.durationUs / 1e6), p99Ms: r.p99Us / 1000 }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * nginx's configuration, as close to our server's answers as stock nginx gets: same security
 * and cache headers, ETag and Last-Modified, `index.html` for folders, the site's 404 page,
 * keep-alive without a per-connection request limit (Node has none). What differs, and why:
 * - one worker process: our server is one process too, and the other core goes to wrk;
 * - nginx sends the .br or .gz file written beside each page (gzip_static, and brotli_static when
 *   Debian's module loads): the best case for nginx, as ours sends forms it made once too;
 * - nginx re-checks the files on disk (open_file_cache valid 1 s) where ours caches contents.
 * Everything lives in a temporary prefix: config, pid, logs, temp folders; nothing system-wide.
 */
const nginxConfig = (dir: string, root: string, port: number, brotliModule: string | null) => {
  const security = [
    `add_header Content-Security-Policy "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data: https://tinnhiemmang.vn; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'" always;`,
    'add_header X-Content-Type-Options nosniff always;',
    'add_header Referrer-Policy strict-origin-when-cross-origin always;',
    'add_header X-Frame-Options SAMEORIGIN always;',
  ].join('\n      ')
  return `${brotliModule ? `load_module ${brotliModule};` : ''}
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  types {
    text/html html; text/css css; text/javascript js mjs; application/json json; application/xml xml;
    text/plain txt; image/svg+xml svg; image/png png; image/jpeg jpg jpeg; image/webp webp;
    image/x-icon ico; font/woff2 woff2; application/pdf pdf;
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/html text/css text/javascript application/json application/xml text/plain;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 5s;
  open_file_cache max=10000 inactive=60s;
  open_file_cache_valid 1s;
  gzip_static on;
  gzip_vary on;
  ${brotliModule ? 'brotli_static on;' : ''}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    error_page 404 /404.html;
    location / {
      add_header Cache-Control "public, max-age=0, must-revalidate";
      ${security}
    }
    location /_astro/ {
      add_header Cache-Control "public, max-age=31536000, immutable";
      ${security}
    }
    location /media/ {
      add_header Cache-Control "public, max-age=86400";
      ${security}
    }
  }
}
`
}

/** nginx on a free loopback port serving `root`, from a temporary prefix removed by stop(). */
const startNginx = async (
  binary: string,
  root: string,
  brotliModule: string | null,
): Promise<{ url: string; stop: () => Promise<void> }> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, root, port, brotliModule))
  // -e: the error log before the config is read would otherwise be /var/log/nginx/error.log.
  const child = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM') // nginx's fast shutdown
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) {
      const log = fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''
      await stop()
      throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${log}`)
    }
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (up) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`nginx did not listen on ${port} within 10 s: ${stderr}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return { url: `http://127.0.0.1:${port}`, stop }
}
