import type { Payload, PayloadRequest } from 'payload'
import { feedbackSummary } from '../summary'

type Props = { payload: Payload; user?: PayloadRequest['user'] }

const cell = {
  padding: '0.35rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left' as const,
}

/**
 * Above the list of ratings: "Có"/"Không" per commune and per page, with the comments of each
 * page, for whatever the user may read (the province all, a viewer their communes, a board its own).
 */
export const FeedbackSummary = async ({ payload, user }: Props) => {
  const summary = await feedbackSummary(payload, { user: user ?? null }).catch(() => null)
  if (!summary) return null
  const several = summary.communes.length > 1
  return (
    <section className="page-feedback-summary" id="tong-hop-danh-gia" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>Tổng hợp theo trang</h2>
      {summary.pages.length === 0 ? (
        <p>Chưa có đánh giá nào.</p>
      ) : (
        <>
          {several && (
            <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }} id="tong-hop-theo-don-vi">
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>Theo đơn vị</caption>
              <thead>
                <tr>
                  <th style={cell}>Đơn vị</th>
                  <th style={cell}>Có</th>
                  <th style={cell}>Không</th>
                </tr>
              </thead>
              <tbody>
                {summary.communes.map((row) => (
                  <tr key={String(row.commune.id)}>
                    <td style={cell}>{row.commune.name}</td>
                    <td style={cell}>{row.yes}</td>
                    <td style={cell}>{row.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <table style={{ borderCollapse: 'collapse', width: '100%' }} id="tong-hop-theo-trang">
            <caption style={{ textAlign: 'left', fontWeight: 600 }}>Theo trang</caption>
            <thead>
              <tr>
                <th style={cell}>Đơn vị</th>
                <th style={cell}>Trang</th>
                <th style={cell}>Có</th>
                <th style={cell}>Không</th>
                <th style={cell}>Góp ý</th>
              </tr>
            </thead>
            <tbody>
              {summary.pages.slice(0, 200).map((row) => (
                <tr key={`${String(row.commune.id)} ${row.path}`}>
                  <td style={cell}>{row.commune.name}</td>
                  <td style={cell}>{row.path}</td>
                  <td style={cell}>{row.yes}</td>
                  <td style={cell}>{row.no}</td>
                  <td style={cell}>
                    {row.comments.slice(0, 5).map((c) => (
                      <p key={c.createdAt + c.comment} style={{ margin: '0 0 0.25rem' }}>
                        {c.helpful ? 'Có' : 'Không'}: {c.comment}
                      </p>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
