import { useCallback, useEffect, useState } from 'react'
import type { ActionAnswer } from '../../../admin-ui/ActionMessage'
import { type Refusal, refusalText } from '../../../admin-ui/refusal'
import { useMounted } from '../../../admin-ui/use-mounted'
import type { RunStatus } from '../current-plan'
import type { Plan } from '../plan'

/** While a run is starting or running, its status is read this often; a scheduled one less often. */
const POLL_ACTIVE_MS = 2000
const POLL_SCHEDULED_MS = 30_000
const NETWORK_ERROR = 'Không kết nối được máy chủ'

/** Whether the run is starting or running (the buttons wait for it). */
export const isActive = (status: RunStatus | null): boolean =>
  status?.state === 'running' || (status?.state === 'scheduled' && !status.at)

const call = async (
  url: string,
  method: string,
  body?: unknown,
): Promise<{ ok: boolean; status: number; data: Record<string, unknown> | null }> => {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { ok: response.ok, status: response.status, data }
}

const failure = (reply: { status: number; data: unknown }): ActionAnswer => ({
  ok: false,
  message: refusalText(reply.data as Refusal, reply.status, NETWORK_ERROR),
})

/** Follows the run's status while it is active or scheduled (until its state changes). */
const usePolledStatus = (apiBase: string, initial: RunStatus | null) => {
  const [status, setStatus] = useState<RunStatus | null>(initial)
  const state = status?.state
  const scheduledAt = status?.at
  useEffect(() => {
    const active = state === 'running' || (state === 'scheduled' && !scheduledAt)
    if (!active && state !== 'scheduled') return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = async () => {
      const reply = await call(`${apiBase}/reorganisation/status`, 'GET').catch(() => null)
      if (stopped) return
      if (reply?.ok) setStatus((reply.data?.status as RunStatus | null) ?? null)
      timer = setTimeout(() => void tick(), active ? POLL_ACTIVE_MS : POLL_SCHEDULED_MS)
    }
    timer = setTimeout(() => void tick(), active ? POLL_ACTIVE_MS : POLL_SCHEDULED_MS)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [apiBase, state, scheduledAt])
  return [status, setStatus] as const
}

/** The plan, the run, and the actions of the page, with the answer to the last one. */
export const useReorganisation = (apiBase: string, initialPlan: Plan | null, initialStatus: RunStatus | null) => {
  const [plan, setPlan] = useState<Plan | null>(initialPlan)
  const [status, setStatus] = usePolledStatus(apiBase, initialStatus)
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const mounted = useMounted()

  const act = useCallback(
    async (method: string, path: string, body: unknown, done: (data: Record<string, unknown>) => string) => {
      setBusy(true)
      setAnswer(null)
      const reply = await call(`${apiBase}${path}`, method, body).catch(() => ({ ok: false, status: 0, data: null }))
      if (!mounted.current) return
      setBusy(false)
      setAnswer(reply.ok && reply.data ? { ok: true, message: done(reply.data) } : failure(reply))
    },
    [apiBase, mounted],
  )

  const makePlan = () =>
    act('POST', '/reorganisation/plan', {}, (data) => {
      setPlan(data.plan as Plan)
      return 'Đã lập kế hoạch từ bảng sáp nhập của tỉnh.'
    })
  const replacePlan = (edited: unknown) =>
    act('PUT', '/reorganisation/plan', edited, (data) => {
      setPlan(data.plan as Plan)
      return 'Đã thay kế hoạch bằng tệp đã sửa.'
    })
  const apply = (only: string[] | null, at: string | null) =>
    act('POST', '/reorganisation/apply', { ...(only ? { only } : {}), ...(at ? { at } : {}) }, (data) => {
      setStatus(data.status as RunStatus)
      return String(data.message ?? '')
    })
  const cancel = () =>
    act('DELETE', '/reorganisation/apply', undefined, (data) => {
      setStatus(data.status as RunStatus)
      return String(data.message ?? '')
    })
  return { plan, status, answer, busy, makePlan, replacePlan, apply, cancel, setAnswer }
}
