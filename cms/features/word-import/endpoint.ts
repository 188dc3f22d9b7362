import { type Endpoint, type PayloadRequest, ValidationError } from 'payload'
import { readWordFile, saveDraft } from './import-docx'
import { type ImportKind, importText } from './messages'
import { ImportRefusal, readImportRequest } from './read-request'

const refusal = (status: number, messages: string[]): Response =>
  Response.json({ errors: messages.map((message) => ({ message })) }, { status })

/** A refused save of the draft (a hook or a field): its Vietnamese messages as they are. */
const validationMessages = (err: ValidationError): string[] =>
  ((err.data as { errors?: { message?: string }[] }).errors ?? []).map((e) => e.message ?? '').filter(Boolean)

const importDocx = async (req: PayloadRequest, kind: ImportKind): Promise<Response> => {
  try {
    const request = await readImportRequest(req, kind)
    const content = await readWordFile(req, kind, request)
    const doc = await saveDraft(req, kind, request, content)
    req.payload.logger.info(
      `word import: ${kind.slug} #${doc.id} from ${JSON.stringify(request.file.name)} (${content.images.length} images) by user ${request.user.id}`,
    )
    const missingAlt = content.images.filter((image) => image.needsAlt)
    return Response.json(
      {
        doc,
        images: content.images,
        warnings: content.warnings,
        message: importText.done(request.file.name, kind.singular, missingAlt.length),
      },
      { status: 201 },
    )
  } catch (err) {
    if (err instanceof ImportRefusal) return refusal(err.status, [err.message])
    if (err instanceof ValidationError) return refusal(400, validationMessages(err))
    if ((err as { status?: number }).status === 403) return refusal(403, [importText.forbidden(kind.singular)])
    req.payload.logger.error({ err, msg: `word import of ${kind.slug} failed` })
    return refusal(500, [importText.failed])
  }
}

/** `POST /api/<collection>/import-docx` (multipart `file`, `tenant`): answers `{ doc }`, the new draft. */
export const importDocxEndpoint = (kind: ImportKind): Endpoint => ({
  path: '/import-docx',
  method: 'post',
  handler: (req) => importDocx(req, kind),
})
