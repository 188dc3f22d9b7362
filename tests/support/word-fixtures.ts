import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'
import sharp from 'sharp'

/**
 * Word files for the import tests, made in code with the `docx` package (as Word writes them:
 * real heading styles, numbering definitions for lists, tables, inline images, hyperlinks).
 */

export const WORD_TITLE = 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026'
export const WORD_LINK = 'https://angiang.gov.vn/'
export const WORD_TABLE = [
  ['Nội dung', 'Thời gian', 'Đơn vị thực hiện'],
  ['Họp ban tổ chức', '05/11/2026', 'Ủy ban nhân dân xã'],
  ['Văn nghệ, thể thao', '18/11/2026', 'Đoàn Thanh niên'],
]
export const WORD_BULLETS = ['Tuyên truyền trên loa truyền thanh', 'Treo băng rôn tại trụ sở']
export const WORD_STEPS = ['Lập danh sách hộ nghèo', 'Trao quà tận nhà']

/** A small PNG photo-like image (a gradient), as a board pastes into a report. */
export const samplePng = (width = 320, height = 200): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><rect x="20" y="20" width="${width / 2}" height="${height / 2}" fill="#e8b923"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer()

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })

const numbering = {
  config: [
    {
      reference: 'steps',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' as const }],
    },
  ],
}

/** The report: a title heading, a sub-heading, formatted text with a link, two lists, a table and an image. */
export const reportDocx = async ({ imageAlt = '' }: { imageAlt?: string } = {}): Promise<Buffer> => {
  const image = await samplePng()
  const doc = new Document({
    numbering,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: WORD_TITLE }),
          new Paragraph({
            children: [
              new TextRun('Ủy ban nhân dân xã thông báo '),
              new TextRun({ text: 'kế hoạch chi tiết', bold: true }),
              new TextRun(' và '),
              new TextRun({ text: 'phân công nhiệm vụ', italics: true }),
              new TextRun('. Xem thêm tại '),
              new ExternalHyperlink({
                link: WORD_LINK,
                children: [new TextRun({ text: 'Cổng thông tin tỉnh', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Hình thức tuyên truyền' }),
          ...WORD_BULLETS.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Các bước thực hiện' }),
          ...WORD_STEPS.map((text) => new Paragraph({ text, numbering: { reference: 'steps', level: 0 } })),
          new Table({ rows: WORD_TABLE.map((row, r) => new TableRow({ children: row.map((t) => cell(t, r === 0)) })) }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: image,
                transformation: { width: 320, height: 200 },
                altText: imageAlt ? { name: 'anh', description: imageAlt, title: imageAlt } : { name: 'anh' },
              }),
            ],
          }),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

/** A document with nothing but body text: the title comes from the file name. */
export const plainDocx = (text: string): Promise<Buffer> =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }))
