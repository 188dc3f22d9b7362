import { useConfig } from '@payloadcms/ui'

/** The REST API's base path, as the admin itself calls it. */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes.api}`
}
