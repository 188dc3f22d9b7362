import { type FormEvent, useState } from 'react'
import { useApiBase } from '../../../admin-ui/use-api-base'
import type { ProvisionResult } from '../provision'
import { type DomainRow, EMPTY_UNIT, type MemberRow, type UnitValues } from './form-model'
import { placeErrors, provisionBody, sendProvision } from './provision-request'
import { useProvisionText } from './provision-text'
import { useRows } from './use-rows'

/**
 * The "new commune" form's state: what is typed, the errors next to their fields and in the
 * summary, and, once provisioned, the endpoint's result. `submit` sends it; `reset` empties it
 * for another commune.
 */
export const useProvisionForm = () => {
  const { text } = useProvisionText()
  const apiBase = useApiBase()
  const [unit, setUnit] = useState<UnitValues>(EMPTY_UNIT)
  const domains = useRows<DomainRow>({ value: '' })
  const board = useRows<MemberRow>({ name: '', email: '', role: 'chief' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [general, setGeneral] = useState<string[]>([])
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<ProvisionResult | null>(null)

  const showErrors = (byField: Record<string, string>, rest: string[]) => {
    setErrors(byField)
    setGeneral(rest)
    // The first field to correct gets the focus (its error is read with it).
    const first = Object.keys(byField)[0]
    if (first) requestAnimationFrame(() => document.getElementById(first)?.focus())
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    // Blank rows are not sent; the server names rows by their index in what was sent.
    const sentDomains = domains.rows.filter((d) => d.value.trim())
    const sentBoard = board.rows.filter((m) => m.name.trim() || m.email.trim())
    setSending(true)
    setErrors({})
    setGeneral([])
    const sent = await sendProvision(apiBase, provisionBody(unit, sentDomains, sentBoard))
    setSending(false)
    if (!sent) return setGeneral([text.networkError])
    if (sent.ok && sent.answer?.commune) {
      setResult(sent.answer)
      window.scrollTo({ top: 0 })
      return
    }
    const rows = { domains: domains.rows, sentDomains, board: board.rows, sentBoard }
    const { byField, rest } = placeErrors(sent.answer?.errors ?? [], rows)
    if (!Object.keys(byField).length && !rest.length) rest.push(`${text.networkError} (HTTP ${sent.status})`)
    showErrors(byField, rest)
  }

  const reset = () => {
    setResult(null)
    setUnit(EMPTY_UNIT)
    domains.reset()
    board.reset()
    setErrors({})
    setGeneral([])
  }

  return { unit, setUnit, domains, board, errors, general, sending, result, submit, reset }
}

export type ProvisionFormState = ReturnType<typeof useProvisionForm>
