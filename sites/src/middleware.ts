import { defineMiddleware } from 'astro:middleware'

/**
 * A page that fails to render names itself: the build report and the admin then say which
 * page of which commune broke (the URL starts with the commune's slug), not just a stack.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  try {
    const response = await next()
    // Rendering streams after next() returns: read it here so its errors are caught too. As
    // bytes: decoding the page to a string and encoding it again was ~12% of a render's CPU.
    const body = await response.arrayBuffer()
    return new Response(body, response)
  } catch (err) {
    const error = err as Error
    throw new Error(`page ${context.url.pathname}: ${error.message}`, { cause: error })
  }
})
