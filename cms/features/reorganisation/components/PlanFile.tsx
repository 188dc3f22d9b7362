import { Button } from '@payloadcms/ui'
import { useRef } from 'react'
import type { ActionAnswer } from '../../../admin-ui/ActionMessage'
import type { Plan } from '../plan'
import styles from './PlanFile.module.scss'

type Props = {
  plan: Plan
  disabled: boolean
  onUpload: (edited: unknown) => void
  onInvalid: (answer: ActionAnswer) => void
}

/** Larger than any plan of a province (the server refuses bodies over 1 MB anyway). */
const MAX_FILE_BYTES = 1024 * 1024

/** The plan as an editable JSON file (chief, roles, slug, domains, theme), and the edited file sent back. */
export const PlanFile = ({ plan, disabled, onUpload, onInvalid }: Props) => {
  const input = useRef<HTMLInputElement>(null)
  const download = () => {
    const blob = new Blob([`${JSON.stringify(plan, null, 1)}\n`], { type: 'application/json' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = `ke-hoach-sap-xep-${plan.createdAt.slice(0, 10)}.json`
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  }
  const upload = async (file: File | undefined) => {
    if (input.current) input.current.value = ''
    if (!file) return
    if (file.size > MAX_FILE_BYTES) return onInvalid({ ok: false, message: 'Tệp kế hoạch quá lớn (tối đa 1 MB).' })
    try {
      onUpload(JSON.parse(await file.text()))
    } catch {
      onInvalid({ ok: false, message: 'Tệp kế hoạch không phải JSON hợp lệ.' })
    }
  }
  return (
    <div className={styles.file}>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={download}>
        Tải kế hoạch (JSON)
      </Button>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        Thay bằng kế hoạch đã sửa…
      </Button>
      <input
        ref={input}
        id="reorganisation-upload"
        className={styles.input}
        type="file"
        accept="application/json,.json"
        aria-label="Thay bằng kế hoạch đã sửa (tệp JSON)"
        disabled={disabled}
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      <span className={styles.hint}>
        Sửa trưởng ban, vai trò, địa chỉ, tên miền, giao diện trong tệp JSON rồi gửi lại; kế hoạch được kiểm tra trước
        khi thay.
      </span>
    </div>
  )
}
