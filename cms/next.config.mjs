import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run typecheck` checks types; the admin build need not do it twice.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
  poweredByHeader: false,
  experimental: {
    // Turbopack's build cache makes a rebuild after a code change about twice as fast, but
    // writing it is the last 13-39 s of a first build (turbopack-persistence in its trace),
    // for a rebuild that may never come. scripts/build-admin.ts turns it off for the first
    // build of a distDir (a fresh clone's `npm start`) and leaves it on for the next ones.
    turbopackFileSystemCacheForBuild: process.env.ADMIN_BUILD_CACHE !== 'off',
    // The admin's server code runs in one long-lived process, never as a cold-started function:
    // minifying it and writing its source maps bought nothing but a fifth of the build (issue 16:
    // 60-62 s -> 47-49 s alone on 2 cores, `next build` timed twice each way). Unminified, its
    // stack traces read without maps. What browsers download is still minified.
    turbopackMinify: { server: false, client: true },
    turbopackSourceMaps: false,
    turbopackInputSourceMaps: false,
  },
  // Development only: ADMIN_DIST_DIR (e.g. .next-mine) lets two working copies of the admin
  // bundle live side by side; builds and servers of one checkout must use the same value.
  distDir: process.env.ADMIN_DIST_DIR || '.next',
  // The Express process creates the one Payload instance (migrations, seed, jobs) before Next
  // starts, and Next's routes reuse it. Payload must then be one module, not a second bundled
  // copy, or its own checks (error classes: a validation error's field list) fail across them.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-mongodb',
    '@payloadcms/graphql',
    '@payloadcms/translations',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
