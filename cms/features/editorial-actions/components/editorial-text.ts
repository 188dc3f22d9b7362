import { useAdminText } from '../../../admin-ui/use-admin-text'
import type { EditorialAction } from '../actions'

type ActionTexts = Record<EditorialAction, string>

/** What the workflow buttons, dialogs, badge and notice say, in the admin's two languages. */
const vi = {
  buttons: {
    submit: 'Gửi duyệt',
    return: 'Trả lại',
    publish: 'Xuất bản',
    schedule: 'Lên lịch',
    unpublish: 'Gỡ xuống',
    archive: 'Lưu trữ',
  } as ActionTexts,
  done: {
    submit: 'Đã gửi duyệt: Trưởng ban biên tập sẽ xem và quyết định.',
    return: 'Đã trả lại bài cho tác giả kèm ý kiến duyệt.',
    publish: 'Đã xuất bản: trang web của đơn vị được cập nhật trong giây lát.',
    schedule: 'Đã lên lịch xuất bản lúc {at}.',
    unpublish: 'Đã gỡ xuống: nội dung không còn trên trang web.',
    archive: 'Đã lưu trữ: nội dung không còn trên trang web nhưng vẫn được giữ lại.',
  } as ActionTexts,
  failed: {
    submit: 'Chưa gửi duyệt được.',
    return: 'Chưa trả lại được.',
    publish: 'Chưa xuất bản được.',
    schedule: 'Chưa lên lịch được.',
    unpublish: 'Chưa gỡ xuống được.',
    archive: 'Chưa lưu trữ được.',
  } as ActionTexts,
  seeErrors: 'Xem lý do ở thông báo lỗi và bên cạnh các trường.',
  sending: 'Đang gửi...',
  networkError: 'Không gửi được yêu cầu. Kiểm tra kết nối và thử lại.',
  actionsLabel: 'Thao tác biên tập',
  returnTitle: 'Trả lại bài cho tác giả',
  returnExplain: 'Ghi rõ cần sửa gì; tác giả sẽ thấy ý kiến này ở đầu bài.',
  returnComment: 'Ý kiến duyệt',
  returnCommentMissing: 'Ý kiến duyệt: cần ghi lý do trả lại bài.',
  returnConfirm: 'Trả lại bài',
  scheduleTitle: 'Lên lịch xuất bản',
  scheduleExplain: 'Nội dung sẽ tự động được xuất bản vào thời điểm đã chọn (giờ Việt Nam).',
  scheduleAt: 'Thời điểm xuất bản',
  scheduleMissing: 'Thời điểm xuất bản: cần chọn ngày và giờ.',
  schedulePast: 'Thời điểm xuất bản: cần chọn một thời điểm trong tương lai.',
  scheduleConfirm: 'Lên lịch',
  scheduleSaveFirst: 'Hãy lưu bản nháp trước khi lên lịch.',
  confirmTitle: {
    unpublish: 'Gỡ nội dung này khỏi trang web?',
    archive: 'Lưu trữ nội dung này?',
  } as Partial<ActionTexts>,
  confirmExplain: {
    unpublish: 'Nội dung sẽ không còn trên trang web của đơn vị; bản nháp vẫn được giữ để sửa và xuất bản lại.',
    archive: 'Nội dung sẽ rời trang web và được giữ trong lưu trữ; Trưởng ban biên tập có thể xuất bản lại.',
  } as Partial<ActionTexts>,
  cancel: 'Hủy',
  statusLabel: 'Trạng thái',
  liveNote: 'Bản đang đăng vẫn hiển thị trên trang web',
  returnedTitle: 'Bài đã bị Trưởng ban biên tập trả lại',
  returnedHint: 'Sửa theo ý kiến dưới đây rồi bấm «Gửi duyệt».',
}

export type EditorialText = typeof vi

const en: EditorialText = {
  buttons: {
    submit: 'Submit for approval',
    return: 'Return',
    publish: 'Publish',
    schedule: 'Schedule',
    unpublish: 'Unpublish',
    archive: 'Archive',
  },
  done: {
    submit: 'Submitted: the editor-in-chief will review it.',
    return: 'Returned to the author with the review comment.',
    publish: 'Published: the commune’s website is updated in a moment.',
    schedule: 'Scheduled to be published at {at}.',
    unpublish: 'Unpublished: it is no longer on the website.',
    archive: 'Archived: it left the website and is kept.',
  },
  failed: {
    submit: 'Could not submit.',
    return: 'Could not return.',
    publish: 'Could not publish.',
    schedule: 'Could not schedule.',
    unpublish: 'Could not unpublish.',
    archive: 'Could not archive.',
  },
  seeErrors: 'See the reason in the error message and next to the fields.',
  sending: 'Sending...',
  networkError: 'The request could not be sent. Check the connection and try again.',
  actionsLabel: 'Editorial actions',
  returnTitle: 'Return to the author',
  returnExplain: 'Say what to change; the author sees this comment at the top of the item.',
  returnComment: 'Review comment',
  returnCommentMissing: 'Review comment: say why the item is returned.',
  returnConfirm: 'Return',
  scheduleTitle: 'Schedule publishing',
  scheduleExplain: 'The item is published automatically at the chosen time (Vietnam time).',
  scheduleAt: 'Publish at',
  scheduleMissing: 'Publish at: choose a date and time.',
  schedulePast: 'Publish at: choose a time in the future.',
  scheduleConfirm: 'Schedule',
  scheduleSaveFirst: 'Save the draft before scheduling.',
  confirmTitle: { unpublish: 'Take this item off the website?', archive: 'Archive this item?' },
  confirmExplain: {
    unpublish: 'It leaves the commune’s website; the draft is kept to edit and publish again.',
    archive: 'It leaves the website and is kept in the archive; the editor-in-chief can publish it again.',
  },
  cancel: 'Cancel',
  statusLabel: 'Status',
  liveNote: 'The published version is still on the website',
  returnedTitle: 'Returned by the editor-in-chief',
  returnedHint: 'Make the changes below, then click “Submit for approval”.',
}

/** The texts in the admin's current language, and the language. */
export const useEditorialText = () => useAdminText({ vi, en })

/** `dd/MM/yyyy HH:mm`, 24 h, in Vietnam's time zone, whatever the browser's. */
export const formatVietnamTime = (date: Date): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`
}
