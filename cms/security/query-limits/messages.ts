/** What a person reads when a request is refused (Vietnamese, NFC), naming the parameter. */
export const vi = {
  badInteger: (name: string, min: number) => `Tham số "${name}": cần một số nguyên từ ${min} trở lên.`,
  pageTooFar: (max: number) => `Tham số "page": không được vượt quá ${max}.`,
  badBoolean: (name: string) => `Tham số "${name}": chỉ nhận true hoặc false.`,
  badText: (name: string) => `Tham số "${name}": giá trị không hợp lệ.`,
  badSort: 'Tham số "sort": cần tên trường (thêm dấu - phía trước để sắp xếp giảm dần), cách nhau bởi dấu phẩy.',
  tooManySorts: (max: number) => `Tham số "sort": sắp xếp theo tối đa ${max} trường.`,
  badSelect: (name: string) => `Tham số "${name}": cần dạng ${name}[tên trường]=true.`,
  whereNotJson: 'Tham số "where": không phải JSON hợp lệ.',
  whereShape: (path: string) =>
    `Tham số "where": điều kiện "${path}" không đúng dạng (cần where[trường][toán tử]=giá trị).`,
  whereOperator: (path: string, operator: string) =>
    `Tham số "where": toán tử "${operator}" của "${path}" không được hỗ trợ.`,
  whereTooMany: (max: number) => `Tham số "where": tối đa ${max} điều kiện trong một yêu cầu.`,
  whereTooDeep: (max: number) => `Tham số "where": lồng and/or tối đa ${max} cấp.`,
  whereTooManyValues: (path: string, max: number) =>
    `Tham số "where": danh sách giá trị của "${path}" tối đa ${max} phần tử.`,
  whereValue: (path: string, expected: string) => `Tham số "where": giá trị của "${path}" phải là ${expected}.`,
  whereGeo: (path: string, operator: string) =>
    `Tham số "where": "${path}" không phải trường toạ độ, không dùng được toán tử "${operator}".`,
  unknownPath: (paths: string) => `Không thể lọc hoặc sắp xếp theo: ${paths}.`,
  unsupportedBody: 'Nội dung gửi lên phải là JSON (Content-Type: application/json) hoặc biểu mẫu multipart/form-data.',
  invalidJson: 'Nội dung gửi lên không phải JSON hợp lệ.',
  bodyNotObject: 'Nội dung gửi lên phải là một đối tượng JSON ({ ... }).',
  graphqlBody:
    'GraphQL: gửi yêu cầu dạng JSON { "query": "...", "variables": { ... } } với Content-Type: application/json.',
  graphqlCost: (actual: number, max: number) =>
    `GraphQL: yêu cầu quá lớn (chi phí ${actual}, tối đa ${max}). Hãy giảm "limit", bớt trường, bớt bí danh hoặc chia thành nhiều yêu cầu.`,
  graphqlDepth: (max: number) => `GraphQL: truy vấn lồng quá sâu (tối đa ${max} cấp).`,
  graphqlAliases: (max: number) => `GraphQL: quá nhiều bí danh (alias) trong một yêu cầu (tối đa ${max}).`,
  graphqlInvalid: (detail: string) => `Truy vấn GraphQL không hợp lệ: ${detail}`,
  graphqlNodes: 'GraphQL: truy vấn có quá nhiều trường.',
  noRoute: (path: string) => `Không có đường dẫn API này: ${path}.`,
  notFound: 'Không tìm thấy tài liệu.',
  invalidField: (paths: string) => `Dữ liệu không hợp lệ: ${paths}.`,
  missingVersionId: 'Thiếu mã phiên bản.',
  missingWhereToDelete: 'Cần điều kiện "where" để chọn các tài liệu cần xoá.',
  missingWhereToUpdate: 'Cần điều kiện "where" để chọn các tài liệu cần sửa.',
  badRequest: 'Yêu cầu không hợp lệ.',
  serverError: 'Đã xảy ra lỗi ở máy chủ. Vui lòng thử lại sau.',
}
