import { type FormEvent, useState } from 'react'
import { messageOf } from './ui-text'

/**
 * A form that sends one code: what is typed, the refusal, and whether a request is under way.
 * The code is cleared after each try; `onAccepted` gets the accepted answer.
 */
export const useCodeForm = (send: (code: string) => Promise<Response>, onAccepted: (response: Response) => void) => {
  const [value, setValue] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError('')
    const response = await send(value)
    setBusy(false)
    setValue('')
    if (!response.ok) return setError(await messageOf(response))
    onAccepted(response)
  }
  return { value, setValue, error, busy, submit }
}
