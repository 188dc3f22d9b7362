import { useEffect, useRef } from 'react'

/** Whether the component is still on screen: an answer that comes after it left is dropped. */
export const useMounted = () => {
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  return mounted
}
