import { useEffect, useState } from 'react'

/**
 * False in the server's HTML, true once React has attached the page's handlers. A button shown
 * before that does nothing when pressed (on a slow phone for seconds), and a form would be sent
 * the browser's own way, with the code in the address: such controls stay disabled until then.
 */
export const useHydrated = () => {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
