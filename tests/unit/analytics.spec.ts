import { describe, expect, it } from 'vitest'
import { analyticsOrigins, analyticsScript } from '../../contract/analytics'

describe('the per-site analytics file', () => {
  it('is absent when there is neither a Matomo URL with a site ID nor an EMC ID: no analytics host is contacted', () => {
    expect(analyticsScript({ matomoSiteId: null, emcSiteId: null }, 'https://matomo.example/')).toBeNull()
    expect(analyticsScript({ matomoSiteId: 7, emcSiteId: null }, null)).toBeNull()
  })

  it('carries the commune’s own idsite, cookieless, for the configured Matomo', () => {
    const script = analyticsScript({ matomoSiteId: 42, emcSiteId: null }, 'https://matomo.example/')!
    expect(script).toContain(`'setSiteId', "42"`)
    expect(script).toContain(`'setTrackerUrl', "https://matomo.example/matomo.php"`)
    expect(script.indexOf("'disableCookies'")).toBeLessThan(script.indexOf("'trackPageView'"))
    expect(script).not.toContain('emc')
  })

  it('adds the EMC snippet with the commune’s EMC ID, and escapes it', () => {
    const script = analyticsScript({ matomoSiteId: null, emcSiteId: 'abc"</script>' }, null)!
    expect(script).toContain('data-emc-id')
    expect(script).toContain(JSON.stringify('abc"</script>'))
    expect(script).not.toContain('matomo')
  })

  it('tells the CSP which origins to allow', () => {
    expect(analyticsOrigins('https://matomo.example/sub/')).toEqual(['https://matomo.example', 'https://emc.gov.vn'])
    expect(analyticsOrigins(null)).toEqual(['https://emc.gov.vn'])
  })
})
