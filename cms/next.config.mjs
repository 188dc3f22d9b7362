import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run typecheck` checks types; the admin build need not do it twice.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
  poweredByHeader: false,
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
