import { rest, type Reply } from './api'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** `POST /api/<collection>/import-docx` as any REST client sends it: multipart `file` and `tenant`. */
export const importDocx = (
  collection: string,
  file: { data: Buffer; name: string; type?: string } | null,
  tenant: number | string | null,
  token: string | undefined,
): Promise<Reply> => {
  const form = new FormData()
  if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type ?? DOCX_MIME }), file.name)
  if (tenant !== null) form.append('tenant', String(tenant))
  return rest('POST', `/api/${collection}/import-docx`, { token, body: form })
}

/** The refusal's messages in one line. */
export const messagesOf = (reply: Reply): string =>
  ((reply.body?.errors ?? []) as { message?: string }[]).map((e) => e.message ?? '').join(' ')
